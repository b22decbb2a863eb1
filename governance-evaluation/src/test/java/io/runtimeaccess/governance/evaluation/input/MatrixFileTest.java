package io.runtimeaccess.governance.evaluation.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixFileTest {

    @TempDir
    Path dir;

    @Test
    void spacesTabsCommasAndSemicolonsSeparateAPairAndEveryLineEndingIsRead() throws IOException {
        AssignmentMatrix matrix = read("\uFEFF# users and permissions\r\n1 10\r\n1\t11\n\n2,10\n2 ; 12\n  3   12  \n2,10\n");
        assertEquals(3, matrix.users());
        assertEquals(3, matrix.permissions());
        assertEquals(5, matrix.assignments(), "the repeated pair 2,10 counts once");
        assertEquals("1", matrix.userName(0), "the byte-order mark is not part of the first name");
        assertArrayEquals(new int[] {0, 2}, matrix.permissionsOf(1));
    }

    @Test
    void aCsvHeaderAboveNumericPairsIsNotAUser() throws IOException {
        AssignmentMatrix matrix = read("user,permission\n1,10\n1,11\n2,10\n");
        assertEquals(2, matrix.users());
        assertEquals(2, matrix.permissions());
        // names that are not numbers throughout are data, the first line included
        assertEquals(3, read("alice,pay\nbob,pay\ncarol,approve\n").users());
    }

    @Test
    void aLineThatIsNotOnePairIsRefusedWithItsNumber() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "1 10\n1 11 12\n");
        IOException refused = assertThrows(IOException.class, () -> MatrixFile.read(file));
        assertEquals(file + ":2: expected 'user permission', got: 1 11 12", refused.getMessage());
    }

    private AssignmentMatrix read(String text) throws IOException {
        Path file = dir.resolve("matrix.txt");
        Files.writeString(file, text);
        return MatrixFile.read(file);
    }
}
