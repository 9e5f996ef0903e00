package io.planex.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = PlanexCli.class.getPackage().getImplementationVersion();
        return new String[] {"planex " + (v == null ? "dev" : v), "JSON schema version 1",
                "Java " + System.getProperty("java.version")};
    }
}
