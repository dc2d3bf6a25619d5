package org.quotable.exporter.format;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.jspecify.annotations.Nullable;
import org.xerial.snappy.Snappy;

/**
 * Compresses the pages of a Parquet file with Snappy or ZSTD in one call per page, from the page's own array into
 * one reused output array: the same native libraries that parquet-java's codecs call (snappy-java, zstd-jni, both
 * brought by parquet-hadoop), without the way there. parquet-java's {@code CodecFactory} goes through Hadoop's
 * compressor streams: each page is copied into a direct buffer, compressed into another, copied back to the heap
 * and into a stream's buffer, and ZSTD runs as a stream, block by block; every page also looks its buffer size up
 * in a Hadoop {@code Configuration} (and the first one loads Hadoop's default XML resources). Snappy's bytes are the
 * same as parquet-java's (one raw Snappy block per page, as its compressor writes); a ZSTD page is one frame at
 * parquet-java's default level 3 that also records its content size. Not thread-safe: one per file writer.
 *
 * <p>The returned bytes are valid until the next call: parquet-java's page writer copies them into its column
 * chunk buffer before it returns.
 */
final class PageCompressor implements CompressionCodecFactory.BytesInputCompressor, AutoCloseable {
    /** parquet-java's default ZSTD level ({@code parquet.compression.codec.zstd.level}), and zstd's own. */
    static final int ZSTD_LEVEL = 3;

    private final CompressionCodecName codec;
    private final @Nullable ZstdCompressCtx zstd;
    private byte[] output = new byte[0];

    private PageCompressor(CompressionCodecName codec) {
        this.codec = codec;
        this.zstd = codec == CompressionCodecName.ZSTD ? new ZstdCompressCtx().setLevel(ZSTD_LEVEL).setChecksum(false) : null;
    }

    /** Whether pages of this codec are compressed here (the others go through parquet-java's codec factory). */
    static boolean handles(CompressionCodecName codec) {
        return codec == CompressionCodecName.SNAPPY || codec == CompressionCodecName.ZSTD;
    }

    /** A compressor for a codec that {@link #handles} takes. */
    static PageCompressor of(CompressionCodecName codec) {
        if (!handles(codec)) throw new IllegalArgumentException("Pages in " + codec + " are compressed by parquet-java");
        return new PageCompressor(codec);
    }

    @Override public BytesInput compress(BytesInput bytes) throws IOException {
        ByteBuffer page = bytes.toByteBuffer();    // our pages are heap arrays: a view, no copy
        byte[] in;
        int offset, length = page.remaining();
        if (page.hasArray()) {
            in = page.array();
            offset = page.arrayOffset() + page.position();
        } else {
            in = new byte[length];
            page.get(in);
            offset = 0;
        }
        int size;
        if (zstd != null) {
            ensure((int) Zstd.compressBound(length));
            size = zstd.compressByteArray(output, 0, output.length, in, offset, length);
        } else if (length == 0) {
            return BytesInput.empty();    // as parquet-java's Snappy stream, which writes nothing for no input
        } else {
            ensure(Snappy.maxCompressedLength(length));
            size = Snappy.compress(in, offset, length, output, 0);
        }
        return BytesInput.from(output, 0, size);
    }

    private void ensure(int capacity) {
        if (output.length < capacity) output = new byte[Math.max(capacity, output.length + output.length / 2)];
    }

    @Override public CompressionCodecName getCodecName() { return codec; }

    @Override public void release() {
        if (zstd != null) zstd.close();
        output = new byte[0];
    }

    @Override public void close() { release(); }

    @Override public String toString() { return "PageCompressor[" + codec + "]"; }
}
