package org.quotable.exporter.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Random;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;

/** Our page compressor against parquet-java's codecs: same Snappy bytes, and pages its decompressors read back. */
class PageCompressorTest {

    /** Pages as the encoder makes them: text with repeats, small integers, noise; one larger than the first buffer. */
    private static byte[][] pages() {
        var random = new Random(14);
        var text = new StringBuilder();
        while (text.length() < 300_000)
            text.append("The minister said the talks would resume on Monday, ").append(random.nextInt(500)).append(". ");
        byte[] noise = new byte[70_000];
        random.nextBytes(noise);
        byte[] levels = new byte[2_000_000];
        for (int i = 0; i < levels.length; i++) levels[i] = (byte) (random.nextInt(10) == 0 ? 0 : 1);
        return new byte[][] {new byte[0], "x".getBytes(UTF_8), text.toString().getBytes(UTF_8), noise, levels};
    }

    private static byte[] compressed(PageCompressor compressor, byte[] page, int offset) throws IOException {
        byte[] framed = new byte[page.length + offset + 3];    // the page inside a larger array, as a slice of it
        System.arraycopy(page, 0, framed, offset, page.length);
        return compressor.compress(BytesInput.from(framed, offset, page.length)).toByteArray();
    }

    @Test
    void snappyPagesAreByteForByteParquetJavas() throws IOException {
        var codecs = new CodecFactory(new PlainParquetConfiguration(), 1024 * 1024);
        try (var ours = PageCompressor.of(CompressionCodecName.SNAPPY)) {
            var theirs = codecs.getCompressor(CompressionCodecName.SNAPPY);
            for (byte[] page : pages())
                assertThat(compressed(ours, page, 5)).as("%d bytes", page.length)
                        .isEqualTo(theirs.compress(BytesInput.from(page)).toByteArray());
        } finally {
            codecs.release();
        }
    }

    @Test
    void everyPageReadsBackThroughParquetJavasDecompressor() throws IOException {
        var codecs = new CodecFactory(new PlainParquetConfiguration(), 1024 * 1024);
        try {
            byte[][] pages = pages();    // pages[3], random bytes, may come out larger
            for (CompressionCodecName codec : new CompressionCodecName[] {CompressionCodecName.SNAPPY, CompressionCodecName.ZSTD}) {
                var decompressor = codecs.getDecompressor(codec);
                try (var ours = PageCompressor.of(codec)) {
                    assertThat(ours.getCodecName()).isEqualTo(codec);
                    for (byte[] page : pages) {
                        byte[] packed = compressed(ours, page, 11);
                        if (page.length > 1000 && page != pages[3]) assertThat(packed.length).as("%s, %d bytes", codec, page.length).isLessThan(page.length);
                        assertThat(decompressor.decompress(BytesInput.from(packed), page.length).toByteArray())
                                .as("%s, %d bytes", codec, page.length).isEqualTo(page);
                    }
                }
            }
        } finally {
            codecs.release();
        }
    }

    @Test
    void otherCodecsAreLeftToParquetJava() {
        assertThat(PageCompressor.handles(CompressionCodecName.GZIP)).isFalse();
        assertThat(PageCompressor.handles(CompressionCodecName.UNCOMPRESSED)).isFalse();
        assertThatThrownBy(() -> PageCompressor.of(CompressionCodecName.GZIP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GZIP");
    }
}
