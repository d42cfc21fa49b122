package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.config.HttpLimitsConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every request entity (all of them JSON; evidence uploads are multipart form parts, not entities) is read
 * through a count: past {@code claims.http.max-json-body-size} the read stops with
 * {@link JsonBodyTooLargeException}, a 413. This is what bounds a body sent without Content-Length (chunked);
 * one that declares its length is refused before it is read, by {@link RequestBodyLimit}.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    /** At most this much of an oversized body is read and thrown away, so the client gets to read the answer. */
    private static final long DRAIN_AT_MOST = 32L * 1024 * 1024;

    /** Looked up per read: the interceptor is created before the runtime configuration is there. */
    private final Instance<HttpLimitsConfig> limits;

    public JsonBodyLimit(Instance<HttpLimitsConfig> limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Bounded(context.getInputStream(), limits.get().maxJsonBodySize().asLongValue()));
        return context.proceed();
    }

    private static final class Bounded extends FilterInputStream {

        private final long maximum;
        private long read;

        Bounded(InputStream in, long maximum) {
            super(in);
            this.maximum = maximum;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maximum) {
                drain();
                throw new JsonBodyTooLargeException(maximum);
            }
        }

        /** Reads the rest of the body without keeping it, up to a bound, so the client is not cut off mid-send. */
        private void drain() throws IOException {
            byte[] sink = new byte[8192];
            long drained = 0;
            int n;
            try {
                while (drained < DRAIN_AT_MOST && (n = in.read(sink)) > 0) {
                    drained += n;
                }
            } catch (IOException e) {
                // Past the server's own body limit the framework has answered 413 already and closes the
                // connection; the body over this limit is the problem either way.
            }
        }
    }
}
