package io.boto4j.core.auth.signer;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A string to sign given whole (as S3 POST policies are signed): the AWS SigV4 suite's get-vanilla case. */
class SignStringTest {

    @Test
    void theSuitesStringToSignGivesItsSignature() {
        SigningParams params = SigningParams.builder()
                .credentials(Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
                .region("us-east-1").signingName("service").signingTime(Instant.parse("2015-08-30T12:36:00.750Z"))
                .build();
        String stringToSign = "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63";

        assertEquals("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
                AwsV4Signer.create().signString(stringToSign, params));
        AwsV4Signer.Scope scope = AwsV4Signer.create().scope(params);
        assertEquals("20150830T123600Z", scope.amzDate(), "whole seconds, as SigV4 dates are");
        assertEquals("AKIDEXAMPLE/20150830/us-east-1/service/aws4_request", scope.credential());
    }
}
