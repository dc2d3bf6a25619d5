package org.quotable.bench;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.quotable.schema.QuoteRecord;

/**
 * Quotable's Parquet writer as another build made it (an exporter jar, e.g. main's), in this JVM beside the
 * current one, for an A/B in the same rounds. Its class loader takes the exporter's classes and a copy of
 * {@link ParquetWrite} from that jar and the bench's classes first, child-first; everything else (the schema and
 * its records, parquet-java, the JDK) is shared with the current build, so both write the same record objects.
 */
final class BaseWriter {
    private final MethodHandle write;

    BaseWriter(Path exporterJar) {
        URL bench = ParquetWrite.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            var loader = new ChildFirst(new URL[] {exporterJar.toUri().toURL(), bench}, BaseWriter.class.getClassLoader());
            Class<?> copy = loader.loadClass(ParquetWrite.class.getName());
            if (copy == ParquetWrite.class) throw new IllegalStateException("The base writer was not loaded apart");
            var lookup = MethodHandles.privateLookupIn(copy, MethodHandles.lookup());
            this.write = lookup.findStatic(copy, "write",
                    MethodType.methodType(void.class, List.class, Path.class, String.class, int.class));
        } catch (MalformedURLException | ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load the exporter of " + exporterJar + ": " + e, e);
        }
    }

    void write(List<QuoteRecord> quotes, Path file, String compression, int rowGroup) throws IOException {
        try {
            write.invoke(quotes, file, compression, rowGroup);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads the exporter's classes and {@link ParquetWrite} from its own URLs first, the rest from its parent; the
     * exporter's resources too (its row path defines hidden copies of a class from that class's own bytes).
     */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.quotable.exporter.") && !name.equals(ParquetWrite.class.getName()))
                return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) loaded = findClass(name);
                if (resolve) resolveClass(loaded);
                return loaded;
            }
        }

        @Override public URL getResource(String name) {
            URL own = name.startsWith("org/quotable/exporter/") ? findResource(name) : null;
            return own != null ? own : super.getResource(name);
        }
    }
}
