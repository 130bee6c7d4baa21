package no.veiviser.core.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of a bundle directory or zip, opened one at a time as streams, so that nothing is read
 * whole before it is checked. Listing the bundle already refuses what a bundle never holds: an
 * unknown or unlisted name, a duplicate zip entry, a path ({@code ../}, {@code /}), a directory,
 * or a symbolic link.
 */
abstract class BundleSource implements Closeable {
    /** Problems with the bundle's entries, found when it was listed. */
    abstract List<String> problems();

    /** Whether the bundle has this file. */
    abstract boolean has(String name);

    /** The size an entry declares before it is read (a zip entry's header), or -1 when unknown. */
    abstract long declaredSize(String name);

    abstract InputStream open(String name) throws IOException;

    static BundleSource open(Path location) throws IOException {
        if (Files.isDirectory(location, LinkOption.NOFOLLOW_LINKS)) {
            return new Directory(location);
        }
        if (Files.isSymbolicLink(location)) {
            throw new IOException("is a symbolic link; give the bundle's real path");
        }
        if (Files.isRegularFile(location)) {
            return new Zip(location);
        }
        throw new NoSuchFileException(location.toString());
    }

    private static boolean allowed(String name) {
        return BundleFiles.all().contains(name);
    }

    /** A bundle directory: only regular files with bundle names, no links, no subdirectories. */
    private static final class Directory extends BundleSource {
        private final Path dir;
        private final Set<String> names = new HashSet<>();
        private final List<String> problems = new ArrayList<>();

        Directory(Path dir) throws IOException {
            this.dir = dir;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (Files.isSymbolicLink(entry)) {
                        problems.add(printable(name) + ": a symbolic link; a bundle holds only regular files");
                    } else if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        problems.add(printable(name) + ": not a regular file; a bundle holds no subfolders");
                    } else if (!allowed(name)) {
                        problems.add(printable(name) + ": not a bundle file (a bundle holds only " + BundleFiles.all() + ")");
                    } else {
                        names.add(name);
                    }
                    if (problems.size() > 20) {
                        break;
                    }
                }
            }
        }

        @Override
        List<String> problems() {
            return problems;
        }

        @Override
        boolean has(String name) {
            return names.contains(name);
        }

        @Override
        long declaredSize(String name) {
            return -1;
        }

        @Override
        InputStream open(String name) throws IOException {
            return Files.newInputStream(dir.resolve(name), LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public void close() {
        }
    }

    /** A bundle zip, read through its central directory; entries are inflated only as they are streamed. */
    private static final class Zip extends BundleSource {
        private static final int MAX_ENTRIES = 64;

        private final ZipFile zip;
        private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        Zip(Path file) throws IOException {
            try {
                zip = new ZipFile(file.toFile());
            } catch (ZipException e) {
                throw new IOException("not a readable zip file (" + e.getMessage() + ")", e);
            }
            int count = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (++count > MAX_ENTRIES) {
                    problems.add("more than " + MAX_ENTRIES + " entries: not a bundle");
                    break;
                }
                if (entry.isDirectory() || name.contains("/") || name.contains("\\") || name.contains("..")) {
                    problems.add(printable(name) + ": a path or folder; a bundle zip holds its files at the top level only");
                } else if (!allowed(name)) {
                    problems.add(printable(name) + ": not a bundle file (a bundle holds only " + BundleFiles.all() + ")");
                } else if (entries.putIfAbsent(name, entry) != null) {
                    problems.add(printable(name) + ": appears twice in the zip");
                }
            }
        }

        @Override
        List<String> problems() {
            return problems;
        }

        @Override
        boolean has(String name) {
            return entries.containsKey(name);
        }

        @Override
        long declaredSize(String name) {
            return Optional.ofNullable(entries.get(name)).map(ZipEntry::getSize).orElse(-1L);
        }

        @Override
        InputStream open(String name) throws IOException {
            return zip.getInputStream(entries.get(name));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** A name as it may be shown in a message: bounded, control characters replaced. */
    static String printable(String name) {
        String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
