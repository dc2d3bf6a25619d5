package org.quotable.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaVersionTest {
    @Test void parsesAndPrintsMajorMinorPatch() {
        assertThat(SchemaVersion.parse("1.12.3")).isEqualTo(new SchemaVersion(1, 12, 3));
        assertThat(SchemaVersion.parse("1.12.3")).hasToString("1.12.3");
    }

    @Test void ordersByPrecedenceNotByText() {
        assertThat(SchemaVersion.parse("1.10.0")).isGreaterThan(SchemaVersion.parse("1.9.9"));
        assertThat(SchemaVersion.parse("2.0.0")).isGreaterThan(SchemaVersion.parse("1.99.99"));
    }

    @Test void bumpsResetTheLowerParts() {
        var v = SchemaVersion.parse("1.4.2");
        assertThat(v.nextMajor()).hasToString("2.0.0");
        assertThat(v.nextMinor()).hasToString("1.5.0");
        assertThat(v.nextPatch()).hasToString("1.4.3");
    }

    @Test void rejectsWhatIsNotSemanticVersioning() {
        assertThatThrownBy(() -> SchemaVersion.parse("1.0")).hasMessageContaining("'1.0' is not a semantic version");
        assertThatThrownBy(() -> SchemaVersion.parse("v1.0.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchemaVersion.parse("01.0.0")).isInstanceOf(IllegalArgumentException.class);
    }
}
