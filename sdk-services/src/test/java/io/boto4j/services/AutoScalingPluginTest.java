package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** Auto Scaling's launch configurations as botocore 1.43.107 sends them. */
class AutoScalingPluginTest {

    @Test
    void userDataIsSentInBase64() {
        new Wire.Case("autoscaling")
                .call("CreateLaunchConfiguration", Params.of("LaunchConfigurationName", "lc", "ImageId", "ami-1",
                        "UserData", "#cloud-config\npackages: [nginx]\n", "InstanceType", "t3.micro"))
                .respond(200, Map.of(), "<CreateLaunchConfigurationResponse xmlns=\"http://autoscaling.amazonaws.com/doc/2011-01-01/\">"
                        + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CreateLaunchConfigurationResponse>")
                .run().assertSame();
    }
}
