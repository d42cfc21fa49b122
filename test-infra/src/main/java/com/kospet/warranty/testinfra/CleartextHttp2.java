package com.kospet.warranty.testinfra;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A client speaking HTTP/2 over plain TCP with prior knowledge (h2c, no upgrade from HTTP/1.1), as any client may to
 * a service's port: to prove that the limits and Problem Details hold on that protocol too.
 */
public final class CleartextHttp2 implements AutoCloseable {

    /** What came back, and on which protocol. */
    public record Answer(HttpVersion version, int status, String contentType, String body) {
    }

    private final HttpClient client;

    public CleartextHttp2(Vertx vertx) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
    }

    /** POSTs {@code body} to {@code uri} with {@code headers}; waits at most 30 s for the whole answer. */
    public Answer post(URI uri, Map<String, String> headers, byte[] body) throws Exception {
        return client.request(HttpMethod.POST, uri.getPort(), uri.getHost(), uri.getRawPath())
                .compose(request -> {
                    headers.forEach(request::putHeader);
                    return request.send(Buffer.buffer(body))
                            .compose(response -> response.body().map(answer -> new Answer(response.version(),
                                    response.statusCode(), String.valueOf(response.getHeader("Content-Type")),
                                    answer.toString())));
                })
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
