package io.boto4j.core.auth.signer;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SigV4 signing keys by (secret, date, region, service). Deriving one takes four HMACs; a
 * client signs many requests with the same four inputs in a day, so the key is kept. Bounded:
 * past {@link #MAX_ENTRIES} the cache starts over, which is cheap and keeps memory flat when
 * credentials rotate often.
 */
final class SigningKeyCache {
    static final int MAX_ENTRIES = 64;
    private static final ConcurrentHashMap<Key, byte[]> KEYS = new ConcurrentHashMap<>();

    private SigningKeyCache() {
    }

    /** The caller must not modify the returned array. */
    static byte[] signingKey(String secret, String dateStamp, String region, String service) {
        Key key = new Key(secret, dateStamp, region, service);
        byte[] cached = KEYS.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] derived = derive(secret, dateStamp, region, service);
        if (KEYS.size() >= MAX_ENTRIES) {
            KEYS.clear();
        }
        KEYS.put(key, derived);
        return derived;
    }

    static byte[] derive(String secret, String dateStamp, String region, String service) {
        byte[] k = Hashing.hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), dateStamp);
        k = Hashing.hmac(k, region);
        k = Hashing.hmac(k, service);
        return Hashing.hmac(k, "aws4_request");
    }

    /** Not a record: a record's toString would print the secret. */
    private static final class Key {
        private final String secret;
        private final String dateStamp;
        private final String region;
        private final String service;
        private final int hash;

        Key(String secret, String dateStamp, String region, String service) {
            this.secret = secret;
            this.dateStamp = dateStamp;
            this.region = region;
            this.service = service;
            this.hash = ((secret.hashCode() * 31 + dateStamp.hashCode()) * 31 + region.hashCode()) * 31
                    + service.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return hash == k.hash && secret.equals(k.secret) && dateStamp.equals(k.dateStamp)
                    && region.equals(k.region) && service.equals(k.service);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
