package org.microcred.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import org.microcred.core.MicroCredential;
import org.microcred.core.format.Codecs;
import org.microcred.core.format.Format;
import org.microcred.core.format.CredentialCodec;
import org.microcred.core.testing.RandomCredentials;

/**
 * P6, batch side: runs in its own JVM (started by {@link BenchmarkMain} with {@code -Xmx64m}).
 *
 * <ul>
 * <li>{@code generate COUNT FILE}: writes COUNT generated credentials (the generator and seed of
 * {@link Fixtures#nativeJsonPool()}) as native JSON Lines, streaming;</li>
 * <li>{@code convert FORMAT FILE}: streams FILE through {@code readAll} of the native JSON codec into
 * {@code writeAll} of the target codec (ELM: JSON Lines of ELM credentials), or for ELMO, whose documents
 * each hold one learner's transcript, into one {@code write} per record (a stream of ELMO documents); output
 * discarded; prints one line of JSON with the count, the time, the rate and the number of losses.</li>
 * </ul>
 */
public final class BatchConvert {
    private BatchConvert() {
    }

    /**
     * Entry point of the forked JVM.
     *
     * @param args {@code generate COUNT FILE} or {@code convert FORMAT FILE}
     * @throws IOException if the file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("generate")) {
            generate(Long.parseLong(args[1]), Path.of(args[2]));
        } else if (args.length == 3 && args[0].equals("convert")) {
            convert(Format.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: BatchConvert generate COUNT FILE | convert FORMAT FILE");
            System.exit(2);
        }
    }

    private static void generate(long count, Path file) throws IOException {
        Random random = new Random(Fixtures.SEED);
        Iterator<MicroCredential> credentials = new Iterator<>() {
            long made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public MicroCredential next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                return RandomCredentials.credential(random);
            }
        };
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            Codecs.of(Format.JSON).writeAll(credentials, out);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "{\"generated\":%d,\"bytes\":%d,\"seconds\":%.3f}%n", count, Files.size(file),
                (System.nanoTime() - start) / 1e9);
    }

    private static void convert(Format target, Path file) throws IOException {
        CountingOutputStream sink = new CountingOutputStream();
        long[] records = {0};
        long start = System.nanoTime();
        long losses;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Iterator<MicroCredential> source = Codecs.of(Format.JSON).readAll(in);
            Iterator<MicroCredential> counted = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public MicroCredential next() {
                    MicroCredential c = source.next();
                    records[0]++;
                    return c;
                }
            };
            if (target == Format.ELMO) {
                // an ELMO document is one learner's transcript (ElmoCodec.writeAll reports a credential of
                // another learner as a loss), and every generated record has its own learner: one document each
                long lost = 0;
                CredentialCodec elmo = Codecs.of(target);
                while (counted.hasNext()) {
                    lost += elmo.write(counted.next(), sink).size();
                }
                losses = lost;
            } else {
                losses = Codecs.of(target).writeAll(counted, sink).size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT,
                "{\"target\":\"%s\",\"records\":%d,\"seconds\":%.3f,\"recordsPerSecond\":%.1f,\"bytesOut\":%d,"
                        + "\"losses\":%d,\"maxHeapBytes\":%d,\"peakHeapUsedBytes\":%d}%n",
                target.id(), records[0], seconds, records[0] / seconds, sink.count(), losses,
                Runtime.getRuntime().maxMemory(), peak);
    }
}
