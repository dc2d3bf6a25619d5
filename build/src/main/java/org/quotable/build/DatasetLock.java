package org.quotable.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a build or release holds on its dataset, so that two of them never interleave their writes: an
 * operating-system lock on {@code <dataset>/.quotable.lock}, released when the command ends (or dies: the
 * operating system drops it with the process, so a killed run never leaves a dataset locked).
 *
 * <p>A second build or release of a locked dataset does not wait: it fails at once with {@link BuildException.Kind#LOCKED}
 * and changes nothing, and the message names the process holding the lock. Waiting would hide a CI job that builds
 * the same dataset twice; failing says so, and the job can simply be run again.
 */
public final class DatasetLock implements AutoCloseable {
    static final String FILE_NAME = ".quotable.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DatasetLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the dataset's lock for {@code what} ("build", "release").
     *
     * @throws BuildException with {@link BuildException.Kind#LOCKED} when another run holds it
     */
    public static DatasetLock acquire(Path datasetDir, String what) throws IOException {
        Path file = datasetDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new BuildException(BuildException.Kind.IO, "%s: cannot create the dataset's lock file: %s".formatted(file, Problems.reason(e)), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this same process (another thread's build)
        } catch (IOException e) {
            channel.close();
            throw new BuildException(BuildException.Kind.IO, "%s: cannot lock the dataset: %s".formatted(file, Problems.reason(e)), e);
        }
        if (lock == null) {
            String holder = holder(file);
            channel.close();
            throw new BuildException(BuildException.Kind.LOCKED, ("%s is busy: another build or release of this dataset is running%s; "
                    + "nothing was changed, run the %s again when it has finished").formatted(datasetDir, holder, what));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " " + what + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        return new DatasetLock(channel, lock);
    }

    private static String holder(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (content.isEmpty()) return "";
            String[] parts = content.split(" ", 2);
            return " (process " + parts[0] + (parts.length > 1 ? ", " + parts[1] : "") + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
