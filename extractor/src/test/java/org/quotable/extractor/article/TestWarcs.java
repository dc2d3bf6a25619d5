package org.quotable.extractor.article;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC archives for tests with jwarc's own writer, as a crawler would. */
final class TestWarcs {
    private TestWarcs() {}

    /** A WARC writer on a new file; gzip-compressed per record when the name ends in .gz. */
    static WarcWriter writer(Path file) throws IOException {
        var compression = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), compression);
    }

    static WarcRequest request(String url) throws IOException {
        return new WarcRequest.Builder(URI.create(url)).date(Instant.parse("2025-12-17T06:00:00Z"))
                .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", URI.create(url).getHost()).build())
                .build();
    }

    static WarcResponse response(String url, int status, String contentType, byte[] payload) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), payload).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-12-17T06:00:01Z")).body(http).build();
    }

    static WarcResponse htmlResponse(String url, String html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(UTF_8));
    }

    static WarcResource resource(String url, String text) {
        return new WarcResource.Builder(URI.create(url)).date(Instant.parse("2025-12-17T06:00:02Z"))
                .body(MediaType.PLAIN_TEXT, text.getBytes(UTF_8)).build();
    }
}
