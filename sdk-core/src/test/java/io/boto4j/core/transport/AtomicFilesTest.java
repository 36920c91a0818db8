package io.boto4j.core.transport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The part-file-and-move rules of downloads to files. */
class AtomicFilesTest {

    @Test
    void aPartFileIsHiddenBesideItsTargetAndFresh(@TempDir Path dir) {
        Path target = dir.resolve("photo.jpg");
        Path part = AtomicFiles.partFile(target);
        assertEquals(dir, part.getParent());
        assertTrue(part.getFileName().toString().startsWith(".photo.jpg."), part.toString());
        assertTrue(part.getFileName().toString().endsWith(".part"), part.toString());
        assertNotEquals(part, AtomicFiles.partFile(target));
    }

    @Test
    void whyNotWritableNamesWhatToChange(@TempDir Path dir) {
        assertNull(AtomicFiles.whyNotWritable(dir.resolve("new.bin")));
        assertTrue(AtomicFiles.whyNotWritable(dir).endsWith("is a directory; name a file in it"));
        assertTrue(AtomicFiles.whyNotWritable(dir.resolve("absent").resolve("f"))
                .endsWith("does not exist; create it or name another file"));
    }

    @Test
    void commitReplacesTheTargetWithThePartFile(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("object"), "before");
        Path part = Files.writeString(AtomicFiles.partFile(target), "after");
        AtomicFiles.commit(part, target);
        assertEquals("after", Files.readString(target));
        assertFalse(Files.exists(part));

        Path unsynced = Files.writeString(AtomicFiles.partFile(target), "again");
        AtomicFiles.moveIntoPlace(unsynced, target);
        assertEquals("again", Files.readString(target));
        assertFalse(Files.exists(unsynced));
    }
}
