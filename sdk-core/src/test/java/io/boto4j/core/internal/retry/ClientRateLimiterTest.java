package io.boto4j.core.internal.retry;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adaptive mode's rate limiter against botocore's own classes. The expected rows come from
 * {@code sdk-core/src/test/python/adaptive_reference.py} (run with the machine's botocore
 * 1.43.x; the test itself does not need Python): the same fake clock, the same scripted
 * sequence of attempts and throttles, and per attempt the wait before sending, the measured
 * send rate and the token bucket's max rate after the response.
 */
class ClientRateLimiterTest {
    private static final double START = 1000.0;
    private static final double GAP = 0.05;
    private static final double LATENCY = 0.02;
    private static final Set<Integer> THROTTLED = Set.of(10, 11, 12, 13, 30, 31, 60, 61, 62);

    /** {wait before send, measured rate, max rate} per attempt, printed by botocore. */
    private static final double[][] BOTOCORE = {
            {0.0, 0, 0.5}, // 0
            {0.0, 0, 0.5}, // 1
            {0.0, 0, 0.5}, // 2
            {0.0, 0, 0.5}, // 3
            {0.0, 0, 0.5}, // 4
            {0.0, 0, 0.5}, // 5
            {0.0, 0, 0.5}, // 6
            {0.0, 12.8, 0.5}, // 7
            {0.0, 12.8, 0.5}, // 8
            {0.0, 12.8, 0.5}, // 9
            {0.0, 12.8, 8.959999999999999}, // 10 throttled
            {0.01473214285723097, 12.8, 6.271999999999999}, // 11 throttled
            {0.08086734693879188, 10.559999999999999, 4.3904}, // 12 throttled
            {0.14919825072889886, 10.559999999999999, 3.0732799999999996}, // 13 throttled
            {0.24681382757193393, 5.311999999999999, 3.748261810202197}, // 14
            {0.20039190097278067, 5.311999999999999, 4.098297899291037}, // 15
            {0.17571193859677517, 4.2623999999999995, 4.27809615684272}, // 16
            {0.16458938938199172, 4.2623999999999995, 4.360719278141994}, // 17
            {0.1596989094086433, 4.05248, 4.387633984771772}, // 18
            {0.15803595231627277, 4.05248, 4.390421127385212}, // 19
            {0.15778127970795128, 4.05248, 4.39786926107728}, // 20
            {0.1574167109799915, 5.610496, 4.438247036442578}, // 21
            {0.15549613558910655, 5.610496, 4.538590948332133}, // 22
            {0.1507748813772531, 4.3220992, 4.721562693947494}, // 23
            {0.14256933349609532, 4.3220992, 5.001226315059917}, // 24
            {0.1310693396126453, 4.06441984, 5.380307758124747}, // 25
            {0.11727211790816378, 4.06441984, 5.851020229905679}, // 26
            {0.10251935726976316, 4.06441984, 6.398984762668719}, // 27
            {0.08798745084586036, 5.612883968, 7.007787476947925}, // 28
            {0.0744358947264981, 5.612883968, 7.662173651887294}, // 29
            {0.06221936352869989, 5.612883968, 3.9290187776}, // 30 throttled
            {0.1655134843819255, 5.9225767936, 2.7503131443199997}, // 31 throttled
            {0.28502353226621274, 5.9225767936, 3.4270295345559747}, // 32
            {0.22574718209605876, 4.38451535872, 3.737075190279802}, // 33
            {0.19924823876489206, 2.4769030717439997, 3.874811410477774}, // 34
            {0.18878800751250088, 2.4769030717439997, 3.9223970997343045}, // 35
            {0.18518877572423675, 3.6953806143488, 3.929018777614139}, // 36
            {0.18455017910737953, 3.6953806143488, 3.935641840852452}, // 37
            {0.18412181842447256, 3.93907612286976, 3.981767725847009}, // 38
            {0.18137642037799037, 3.93907612286976, 4.104870337752081}, // 39
            {0.1742128422471168, 3.9878152245739518, 4.334551425667482}, // 40
            {0.16176414883665355, 3.9878152245739518, 4.684960085815918}, // 41
            {0.14494487781268667, 3.9878152245739518, 5.15174775570667}, // 42
            {0.12592103520209408, 5.597563044914791, 5.716800204992104}, // 43
            {0.10689984129638876, 5.597563044914791, 6.356856979805742}, // 44
            {0.0893241972745808, 4.319512608982958, 7.050203858317503}, // 45
            {0.07380675480394147, 4.319512608982958, 7.779506758403999}, // 46
            {0.06041778733670922, 4.319512608982958, 8.532011347685122}, // 47
            {0.04896961342664699, 4.319512608982958, 8.639025217965916}, // 48
            {0.046001545558917, 7.263902521796592, 10.123975507992077}, // 49
            {0.03170895859910523, 7.263902521796592, 10.913671005655141}, // 50
            {0.023075364781261064, 7.263902521796592, 11.692711829952165}, // 51
            {0.01685588349877819, 7.263902521796592, 12.470055864028756}, // 52
            {0.011438839709727412, 7.263902521796592, 13.244516884088497}, // 53
            {0.006672424467353747, 7.263902521796592, 14.015170562986775}, // 54
            {0.00245099651228907, 11.052780504359319, 14.781393725516438}, // 55
            {0.0, 11.052780504359319, 15.557641587766854}, // 56
            {0.0, 11.052780504359319, 16.370049588573213}, // 57
            {0.0, 11.052780504359319, 17.219440927935505}, // 58
            {0.0, 11.052780504359319, 18.106638805853734}, // 59
            {0.0, 11.052780504359319, 7.736946353051523}, // 60 throttled
            {0.0, 11.052780504359319, 5.415862447136066}, // 61 throttled
            {0.030439417320941648, 13.410556100871865, 3.7911037129952456}, // 62 throttled
            {0.18520399824486472, 13.410556100871865, 4.452681364048496}, // 63
            {0.15755536949087692, 5.882111220174373, 4.864677965153421}, // 64
            {0.13725728182721683, 5.882111220174373, 5.118853746356717}, // 65
            {0.12634933237534526, 5.882111220174373, 5.273192832535952}, // 66
            {0.12022380056633733, 5.976422244034875, 5.359956897969598}, // 67
            {0.1168924135730291, 5.976422244034875, 5.401216113152113}, // 68
            {0.11529626723633915, 4.395284448806975, 5.414597827867585}, // 69
            {0.11473535174609709, 4.395284448806975, 5.41588433830596}, // 70
            {0.11464680331821359, 4.395284448806975, 5.4202752505168235}, // 71
            {0.11450867751579138, 5.679056889761395, 5.442854401069084}, // 72
            {0.11381009472067315, 5.679056889761395, 5.498404098183043}, // 73
            {0.1120730117442005, 5.679056889761395, 5.60062221408631}, // 74
            {0.10891661390731612, 5.935811377952279, 5.760898093372769}, // 75
            {0.10414047277454004, 5.935811377952279, 5.987008720747012}, // 76
            {0.09778365614644477, 5.935811377952279, 6.282241207374326}, // 77
            {0.09011875643233641, 5.987162275590457, 6.645343012195292}, // 78
            {0.0815741225468744, 5.987162275590457, 7.071336987146935}, // 79
    };

    private static final class FakeClock {
        double now = START;
    }

    @Test
    void matchesBotocoreForScriptedThrottles() {
        FakeClock clock = new FakeClock();
        ClientRateLimiter limiter = new ClientRateLimiter(() -> clock.now);
        for (int i = 0; i < BOTOCORE.length; i++) {
            clock.now += GAP;
            double wait = limiter.acquireSeconds();
            clock.now += wait;
            clock.now += LATENCY;
            limiter.onResponse(THROTTLED.contains(i));
            double[] expected = BOTOCORE[i];
            assertClose(expected[0], wait, "wait before attempt " + i);
            assertClose(expected[1], limiter.measuredRate(), "measured rate after attempt " + i);
            assertClose(expected[2], limiter.maxRate(), "max rate after attempt " + i);
        }
    }

    @Test
    void staysOffUntilTheFirstThrottle() {
        FakeClock clock = new FakeClock();
        ClientRateLimiter limiter = new ClientRateLimiter(() -> clock.now);
        for (int i = 0; i < 50; i++) {
            clock.now += 0.001;
            assertEquals(Duration.ZERO, limiter.acquire());
            limiter.onResponse(false);
        }
        assertFalse(limiter.isEnabled());
        limiter.onResponse(true);
        assertTrue(limiter.isEnabled());
    }

    @Test
    void reservationsQueueUpWithoutBlocking() {
        FakeClock clock = new FakeClock();
        ClientRateLimiter limiter = new ClientRateLimiter(() -> clock.now);
        limiter.onResponse(true); // measured rate 0: the bucket drops to its 0.5/s floor
        assertEquals(0.5, limiter.maxRate());
        // Three callers at the same instant: each waits one more token interval (2 s at 0.5/s).
        assertClose(2.0, limiter.acquireSeconds(), "first");
        assertClose(4.0, limiter.acquireSeconds(), "second");
        assertClose(6.0, limiter.acquireSeconds(), "third");
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }
}
