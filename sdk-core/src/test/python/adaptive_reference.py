"""Reference numbers for AdaptiveRateLimiterTest, from botocore's own adaptive classes.

Run with the machine's Python (botocore 1.43.x): python3 adaptive_reference.py
It drives botocore.retries.adaptive.ClientRateLimiter with a fake clock through a scripted
sequence of attempts and prints, per attempt: the wait before sending, whether the attempt
was throttled, the measured send rate and the token bucket's max rate after the response.
botocore's TokenBucket.acquire() sleeps; here the wait it would sleep is computed from the
bucket's own state ((1 - capacity) / fill_rate after a refill) and the fake clock is advanced
by it before acquiring, which is what boto4j's non-blocking reserve() returns.
The test does not run Python; the printed rows are pasted into the test.
"""
from botocore.retries import adaptive, bucket, standard, throttling


class FakeClock(bucket.Clock):
    def __init__(self, t):
        self.t = t

    def current_time(self):
        return self.t


START = 1000.0
GAP = 0.05       # think time between attempts
LATENCY = 0.02   # time from send to response
THROTTLED = set(range(10, 14)) | {30, 31} | set(range(60, 63))
N = 80

clock = FakeClock(START)
limiter = adaptive.ClientRateLimiter(
    rate_adjustor=throttling.CubicCalculator(starting_max_rate=0, start_time=START),
    rate_clocker=adaptive.RateClocker(clock),
    token_bucket=bucket.TokenBucket(max_rate=1, clock=clock),
    throttling_detector=standard.ThrottlingErrorDetector(standard.RetryEventAdapter()),
    clock=clock,
)
tb = limiter._token_bucket
for i in range(N):
    clock.t += GAP
    wait = 0.0
    if limiter._enabled:
        with tb._new_fill_rate_condition:
            tb._refill()
            if tb._current_capacity < 1:
                wait = (1 - tb._current_capacity) / tb._fill_rate
        clock.t += wait
        with tb._new_fill_rate_condition:
            tb._refill()
            tb._current_capacity -= 1
    clock.t += LATENCY
    code = 'Throttling' if i in THROTTLED else None
    parsed = {'Error': {'Code': code}} if code else {}
    limiter.on_receiving_response(
        attempts=1, operation=None, response=(None, parsed),
        caught_exception=None, request_dict={'context': {}})
    print(f"{{{wait!r}, {limiter._rate_clocker.measured_rate!r}, {tb.max_rate!r}}}, // {i}{' throttled' if code else ''}")
