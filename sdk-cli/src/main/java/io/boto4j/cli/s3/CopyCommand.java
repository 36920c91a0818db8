package io.boto4j.cli.s3;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.InputOptions;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.calls.ServiceCalls;
import io.boto4j.cli.commands.BuiltInCommand;
import io.boto4j.cli.commands.StdStreams;
import io.boto4j.cli.transfer.ProgressBar;
import io.boto4j.cli.transfer.TransferSession;
import io.boto4j.cli.values.ValueFiles;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.s3.S3Methods;
import io.boto4j.s3.TransferProgress;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./boto4j s3 cp SRC DST}, as {@code aws s3 cp} copies one object ({@link CopyPlan}):
 * through S3's transfer methods (UploadFile, UploadStream, DownloadFile, Copy), so multipart,
 * parallel parts, checksums, an aborted upload and no partial file on failure come with them,
 * sized by the profile's {@code s3} settings as the AWS CLI's are ({@code multipart_threshold},
 * {@code multipart_chunksize}, {@code max_concurrent_requests}). A progress bar on stderr when it
 * is a terminal; Ctrl-C cancels and cleans up. On success one line on stdout,
 * {@code upload: SRC to s3://BUCKET/KEY}, except for streams (stdout may be the data) and with
 * {@code --quiet}, which also hides the bar; {@code --no-progress} hides the bar alone.
 */
final class CopyCommand implements BuiltInCommand {
    private static final String COMMAND = "s3 cp";
    private static final String QUIET = "Quiet";
    private static final String NO_PROGRESS = "NoProgress";
    private static final InputOptions OPTIONS = InputOptions.builder(COMMAND)
            .flag(QUIET, false)
            .flag(NO_PROGRESS, false)
            .build();

    @Override
    public String name() {
        return "cp";
    }

    @Override
    public String synopsis() {
        return "SRC DST [--quiet] [--no-progress]";
    }

    @Override
    public String summary() {
        return "copies a file to or from S3, or an object within S3 (- is stdin or stdout)";
    }

    @Override
    public InputOptions options() {
        return OPTIONS;
    }

    @Override
    public void help(PrintStream out) {
        out.println("usage: ./boto4j s3 cp " + synopsis());
        out.println();
        out.println("Copies one object, as 'aws s3 cp' does:");
        out.println("  ./boto4j s3 cp FILE s3://BUCKET/KEY         upload (UploadFile)");
        out.println("  ./boto4j s3 cp - s3://BUCKET/KEY            upload stdin (UploadStream)");
        out.println("  ./boto4j s3 cp s3://BUCKET/KEY FILE         download (DownloadFile)");
        out.println("  ./boto4j s3 cp s3://BUCKET/KEY -            download to stdout (GetObject)");
        out.println("  ./boto4j s3 cp s3://BUCKET/KEY s3://B2/K2   copy within S3 (Copy)");
        out.println("A DST that ends with / (or is a directory) takes the source's name. Objects from the");
        out.println("multipart threshold on go in parts, in parallel; a failed or interrupted upload is");
        out.println("aborted, a failed download leaves no file (and an existing FILE as it was). Sizes come");
        out.println("from the profile's s3 settings, as the AWS CLI's do, e.g. in ~/.aws/config:");
        out.println("  [default]");
        out.println("  s3 =");
        out.println("    multipart_threshold = 64MB");
        out.println("    multipart_chunksize = 16MB");
        out.println("    max_concurrent_requests = 10");
        out.println();
        out.println("  --quiet        prints nothing on success: no progress bar, no result line");
        out.println("  --no-progress  no progress bar (one is drawn on stderr only when it is a terminal)");
    }

    @Override
    public void run(Clients clients, ValueFiles files, CommandLine cmd, StdStreams streams) {
        S3Commands.refuseOperationOptions(cmd, COMMAND);
        var words = S3Commands.positional(cmd, 2, COMMAND + " " + synopsis());
        CopyPlan plan = CopyPlan.of(words.get(0), words.get(1), files);
        boolean quiet = cmd.argument(QUIET) != null;
        ProgressBar bar = streams.progressBar(!quiet && cmd.argument(NO_PROGRESS) == null);
        String done;
        try (ServiceCalls calls = clients.open(S3Commands.SERVICE, cmd)) {
            done = run(plan, calls, bar, streams);
        }
        if (!quiet && done != null) {
            streams.out().println(plan.verb() + ": " + done);
        }
    }

    /** Runs the plan; returns "SRC to DST" for the success line, or null for a stream. */
    private static String run(CopyPlan plan, ServiceCalls calls, ProgressBar bar, StdStreams streams) {
        if (plan instanceof CopyPlan.Upload up) {
            transfer(calls, S3Methods.UPLOAD_FILE, object(Map.of("Filename", up.file()), up.target()), bar, streams);
            return up.shownFile() + " to " + up.target();
        }
        if (plan instanceof CopyPlan.UploadStdin up) {
            transfer(calls, S3Methods.UPLOAD_STREAM, object(Map.of("Body", streams.in()), up.target()), bar, streams);
            return null;
        }
        if (plan instanceof CopyPlan.Download down) {
            createParent(down.file());
            transfer(calls, S3Methods.DOWNLOAD_FILE, object(Map.of("Filename", down.file()), down.source()), bar,
                    streams);
            return down.source() + " to " + down.file();
        }
        if (plan instanceof CopyPlan.DownloadStdout down) {
            try {
                calls.call("GetObject", object(Map.of(), down.source()), new Counted(streams.out(), bar));
            } finally {
                if (bar != null) {
                    bar.clear();
                }
            }
            return null;
        }
        CopyPlan.Copy copy = (CopyPlan.Copy) plan;
        Map<String, Object> source = Map.of("Bucket", copy.source().bucket(), "Key", copy.source().key());
        transfer(calls, S3Methods.COPY, object(Map.of("CopySource", source), copy.target()), bar, streams);
        return copy.source() + " to " + copy.target();
    }

    private static <R> R transfer(ServiceCalls calls, CustomMethod<R> method, Map<String, Object> arguments,
                                  ProgressBar bar, StdStreams streams) {
        try (TransferSession session = TransferSession.open(method, arguments, bar, streams.err())) {
            return calls.call(method, arguments);
        }
    }

    /** {@code extra} with the location's Bucket and Key. */
    private static Map<String, Object> object(Map<String, Object> extra, S3Location location) {
        Map<String, Object> arguments = new LinkedHashMap<>(extra);
        arguments.put("Bucket", location.bucket());
        arguments.put("Key", location.key());
        return arguments;
    }

    /** A download's missing directories are created first, as the AWS CLI creates them. */
    private static void createParent(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UsageException("DST: cannot create the directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Stdout that counts what the body writes to it, for the progress bar (its total unknown: a stream). */
    private static final class Counted extends FilterOutputStream {
        private final ProgressBar bar;
        private long written;

        Counted(OutputStream out, ProgressBar bar) {
            super(out);
            this.bar = bar;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
            if (bar != null) {
                bar.bytesTransferred(len, new TransferProgress(written, -1, 0, -1));
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
