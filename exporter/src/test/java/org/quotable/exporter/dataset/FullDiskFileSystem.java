package org.quotable.exporter.dataset;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.net.URI;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * Hadoop's local file system on a full disk, for tests: the {@code fulldisk:} scheme is the local file system, except
 * that every file it creates writes to {@code /dev/full}, where the operating system answers every write with "No
 * space left on device", and the failure reaches the caller as Hadoop's local file system reports it, an
 * {@link FSError}.
 */
public final class FullDiskFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "fulldisk";

    @Override public URI getUri() { return URI.create(SCHEME + ":///"); }

    @Override public String getScheme() { return SCHEME; }

    @Override public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                               short replication, long blockSize, Progressable progress) throws IOException {
        return create(f, overwrite, bufferSize, replication, blockSize, progress);
    }

    @Override public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                               Progressable progress) throws IOException {
        mkdirs(f.getParent());
        pathToFile(f).createNewFile();               // the file exists, as on a real full disk
        OutputStream full = new FileOutputStream("/dev/full");
        OutputStream failing = new OutputStream() {
            @Override public void write(int b) { write(new byte[] {(byte) b}, 0, 1); }

            @Override public void write(byte[] b, int off, int len) {
                try {
                    full.write(b, off, len);
                } catch (IOException e) {
                    throw fsError(e);
                }
            }

            @Override public void close() throws IOException { full.close(); }
        };
        return new FSDataOutputStream(new java.io.BufferedOutputStream(failing, bufferSize), statistics);
    }

    /** FSError's constructor is Hadoop's own; RawLocalFileSystem throws it in the same place. */
    private static FSError fsError(IOException cause) {
        try {
            Constructor<FSError> constructor = FSError.class.getDeclaredConstructor(Throwable.class);
            constructor.setAccessible(true);
            return constructor.newInstance(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
