package io.runtimeaccess.lifecycle.onboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserRowsTest {

    @Test
    void accountColumnsAndAttributes() {
        List<NewUser> users = UserRows.read("username,email,firstName,lastName,department,businessFilter\r\n"
                + "jdoe,j.doe@example.com,Jane,Doe,Finance,EMEA\r\n"
                + "bob,,,,,\r\n");
        assertEquals(2, users.size());
        NewUser jane = users.get(0);
        assertEquals("jdoe", jane.username());
        assertEquals("j.doe@example.com", jane.email());
        assertEquals("Jane", jane.firstName());
        assertEquals(Map.of("department", "Finance", "businessFilter", "EMEA"), jane.attributes());
        assertEquals(2, jane.line());
        NewUser bob = users.get(1);
        assertNull(bob.email());
        assertEquals(Map.of(), bob.attributes());
    }

    /** A spreadsheet's capitalised header names the account columns too; the email is then checked like any. */
    @Test
    void accountColumnsAreRecognisedInAnyCase() {
        NewUser jane = UserRows.read("Username,Email,FirstName,LASTNAME,Department\njdoe,j.doe@example.com,Jane,Doe,Finance\n")
                .get(0);
        assertEquals("jdoe", jane.username());
        assertEquals("j.doe@example.com", jane.email());
        assertEquals("Jane", jane.firstName());
        assertEquals("Doe", jane.lastName());
        assertEquals(Map.of("Department", "Finance"), jane.attributes());
        assertEquals("csv.line.2.email", assertThrows(InvalidUsers.class,
                () -> UserRows.read("username,EMAIL\njdoe,not-an-address\n")).field());
        assertEquals("csv.header", assertThrows(InvalidUsers.class,
                () -> UserRows.read("email,Email\na@b.c,d@e.f\n")).field(), "one column twice, whatever the case");
    }

    @Test
    void cellsAreTrimmed() {
        assertEquals("jdoe", UserRows.read(" username \n  jdoe \n").get(0).username());
    }

    private static String field(String csv) {
        return assertThrows(InvalidUsers.class, () -> UserRows.read(csv)).field();
    }

    @Test
    void refusalsNameTheField() {
        assertEquals("csv", field(null));
        assertEquals("csv", field("  "));
        assertEquals("csv", field("username\n"));
        assertEquals("csv", field("username\n\"jdoe\n"));
        assertEquals("csv.header", field("email\nj@example.com\n"));
        assertEquals("csv.header", field("username,Username\njdoe,jdoe\n"));
        assertEquals("csv.header", field("username,bad column\njdoe,x\n"));
        assertEquals("csv.line.3", field("username,email\njdoe,j@example.com\nbob\n"));
        assertEquals("csv.line.2.username", field("username,email\n,j@example.com\n"));
        assertEquals("csv.line.2.email", field("username,email\njdoe,not-an-address\n"));
        assertEquals("csv.line.2.username", field("username\n" + "x".repeat(256) + "\n"));
        assertEquals("csv.line.2.dept", field("username,dept\njdoe,\"a\nb\"\n"));
        assertEquals("csv.line.2.dept", field("username,dept\njdoe,a\u0000b\n"));
    }

    @Test
    void tooManyUsersIsRefused() {
        StringBuilder csv = new StringBuilder("username\n");
        for (int i = 0; i <= UserRows.MAX_USERS; i++) {
            csv.append("u").append(i).append('\n');
        }
        assertEquals("csv", assertThrows(InvalidUsers.class, () -> UserRows.read(csv.toString())).field());
        csv.setLength(csv.length() - ("u" + UserRows.MAX_USERS + "\n").length());
        assertEquals(UserRows.MAX_USERS, UserRows.read(csv.toString()).size());
    }
}
