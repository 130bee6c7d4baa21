package no.veiviser.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VeiviserCli.class.getPackage().getImplementationVersion();
        return new String[] {"veiviser " + (version == null ? "(development build)" : version)};
    }
}
