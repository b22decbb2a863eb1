package io.runtimeaccess.bench.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What admins type into the Share modal's search box: the first 2, 3, 4 and 5 characters of real usernames
 * and group names (each length is what the debounced box sends once the admin pauses), surname prefixes,
 * email fragments up to a few letters of the domain, and words nobody matches.
 */
final class TypeaheadQueries {
    /** One search text and the kind it stands for, used to break the figures down. */
    record Query(String kind, String text) {
    }

    private static final String[] MISSES = {"zq", "zqx", "xylo", "qqwv", "zzyzx", "kxq9"};

    private TypeaheadQueries() {
    }

    static List<Query> from(Directory directory, long seed, int wordsPerKind) {
        Random random = new Random(seed);
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < wordsPerKind; i++) {
            String username = pick(random, directory.people).username();
            String group = pick(random, directory.groups);
            for (int length = 2; length <= 5; length++) {
                queries.add(new Query("username, " + length + " chars", username.substring(0, length)));
                queries.add(new Query("group name, " + length + " chars", group.substring(0, length)));
            }
        }
        for (int i = 0; i < wordsPerKind / 2; i++) {
            Directory.Person person = pick(random, directory.people);
            String email = person.email();
            queries.add(new Query("email up to 3 letters of the domain", email.substring(0, email.indexOf('@') + 4)));
            queries.add(new Query("surname, 4 chars", person.lastName().substring(0, 4)));
        }
        for (String miss : MISSES) {
            queries.add(new Query("no match", miss));
        }
        return List.copyOf(queries);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
