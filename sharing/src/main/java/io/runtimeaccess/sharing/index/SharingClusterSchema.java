package io.runtimeaccess.sharing.index;

import org.infinispan.protostream.GeneratedSchema;
import org.infinispan.protostream.annotations.ProtoSchema;
import org.infinispan.protostream.annotations.ProtoSyntax;

/**
 * The ProtoStream schema of our cluster event. Keycloak 26 marshals cluster events with ProtoStream and
 * finds every schema on the class path through {@code ServiceLoader}; the annotation processor
 * generates the implementation and its service file.
 */
@ProtoSchema(
        syntax = ProtoSyntax.PROTO3,
        schemaPackageName = "io.runtimeaccess.sharing",
        schemaFileName = "runtime-access-sharing.proto",
        schemaFilePath = "proto/generated",
        includeClasses = SharingChanged.class)
public interface SharingClusterSchema extends GeneratedSchema {
}
