package io.runtimeaccess.lifecycle.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    private static final Account JOSE = new Account("1", "jose.diaz", "José.Díaz@Example.com", "José", "Díaz");
    private static final Account MAIL_USER = new Account("2", "anna.berg@corp.example", null, null, null);

    private static DuplicateFinder finder() {
        DuplicateFinder finder = new DuplicateFinder();
        finder.add(JOSE);
        finder.add(MAIL_USER);
        return finder;
    }

    private static List<String> reasons(Account candidate) {
        return finder().find(candidate).stream().map(d -> d.account().id() + ":" + d.on()).toList();
    }

    @Test
    void keysFoldCaseAccentsDotsAndSeparators() {
        assertEquals("jose diaz", IdentityKeys.name("José  Díaz"));
        assertEquals("josediaz", IdentityKeys.name("J.O.S.É.Díaz"));
        assertEquals("jean luc picard", IdentityKeys.name("Jean-Luc_Picard"));
        assertEquals("josediaz@example.com", IdentityKeys.email(" José.Díaz@EXAMPLE.com "));
        assertNull(IdentityKeys.name(" . "));
        assertNull(IdentityKeys.email(""));
        assertNull(IdentityKeys.fullName("Jane", null));
    }

    @Test
    void usernameMatchesAfterFolding() {
        assertEquals(List.of("1:username"), reasons(new Account(null, "JOSE.DÍAZ", null, null, null)));
        assertEquals(List.of("1:username"), reasons(new Account(null, "josediaz", null, null, null)));
    }

    @Test
    void emailMatchesWithoutDotsCaseOrAccents() {
        assertEquals(List.of("1:email"), reasons(new Account(null, "jd2", "josediaz@example.COM", null, null)));
    }

    @Test
    void anEmailUsedAsUsernameMatchesEitherWay() {
        assertEquals(List.of("2:email"), reasons(new Account(null, "aberg", "Anna.Berg@corp.example", null, null)));
        assertEquals(List.of("1:username-email"),
                reasons(new Account(null, "jose.diaz@example.com", null, null, null)));
    }

    @Test
    void fullNameMatches() {
        assertEquals(List.of("1:name"), reasons(new Account(null, "jd3", "other@example.com", "JOSE", "diaz")));
    }

    @Test
    void eachAccountOnceWithTheFirstReason() {
        assertEquals(List.of("1:username"), reasons(new Account(null, "jose.diaz", "jose.diaz@example.com", "José",
                "Díaz")));
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertEquals(List.of(), reasons(new Account(null, "jose.diaz2", "jose@example.com", "José", "Dias")));
        assertEquals(List.of(), reasons(new Account(null, "josediaz@other.example", null, null, null)));
    }

    @Test
    void laterRowsOfTheSameFileMatchEarlierOnes() {
        DuplicateFinder finder = finder();
        Account first = new Account(null, "kim", "kim@example.com", null, null);
        assertEquals(List.of(), finder.find(first));
        finder.add(first);
        assertEquals(List.of(new PossibleDuplicate(first, "email")),
                finder.find(new Account(null, "kim2", "K.I.M@example.com", null, null)));
    }

    /** Looking for the file's rows, a realm's accounts that resemble none of them are not kept. */
    @Test
    void lookingForTheRowsKeepsOnlyAccountsResemblingThemAndListsAtMostTwenty() {
        Account row = new Account(null, "new.hire", "new.hire@corp.example", "Test", "User");
        DuplicateFinder finder = DuplicateFinder.lookingFor(List.of(row));
        for (int i = 0; i < 200_000; i++) {
            finder.add(new Account("u" + i, "user" + i, "user" + i + "@corp.example", "Test", "User"));
        }
        finder.add(JOSE);
        finder.add(new Account("hire", "NEW.HIRE", null, null, null));
        List<PossibleDuplicate> found = finder.find(row);
        assertEquals(DuplicateFinder.MAX_MATCHES, found.size());
        assertEquals("hire:username", found.get(0).account().id() + ":" + found.get(0).on(), "the username first");
        assertEquals(List.of(), finder.find(new Account(null, "jose.diaz", null, null, null)),
                "an account resembling no row of the file is not kept");
    }
}
