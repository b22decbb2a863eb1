package io.runtimeaccess.bench.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A realm's people and end-user groups, generated from a seed so that every run (and every re-run against
 * an already seeded realm) sees the same names. Names repeat the way real ones do: many people share a
 * first name or a surname, so short prefixes match hundreds of users and longer ones a few.
 */
final class Directory {
    private static final String[] FIRST = ("Anna Maria Sofia Laura Julia Emma Olivia Mia Lea Sara Elena Clara Nora Ines "
            + "Hannah Lena Marta Paula Alice Chloe Eva Ida Lucia Zoe Nina Rosa Helena Carla Vera Irene Agnes Beatriz "
            + "Daniela Fatima Greta Ingrid Joana Katarina Leonor Mariana Noemi Priya Rita Selma Tamara Ursula Wanda Yasmin "
            + "James John Robert Michael David William Thomas Daniel Paul Mark Lucas Noah Liam Ethan Adam Omar Ali "
            + "Pedro Jorge Miguel Rui Tiago Carlos Andre Bruno Diego Felix Hugo Ivan Jonas Karim Leo Marco Nils "
            + "Oscar Pablo Rafael Samuel Tomas Victor Xavier Yusuf Henrik Mateus Goncalo Duarte Filipe Nuno").split(" ");
    private static final String[] LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez "
            + "Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White "
            + "Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
            + "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Silva Santos Ferreira "
            + "Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Goncalves Gomes Lopes Marques Alves "
            + "Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso "
            + "Rocha Neves Coelho Cruz Cunha Pires Ramos Reis Simoes Antunes Matos Fonseca Machado Araujo Barbosa "
            + "Tavares Lourenco Castro Figueiredo Azevedo Freitas Muller Schmidt Schneider Fischer Weber Meyer "
            + "Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Neumann Schwarz Dubois Moreau Laurent Lefebvre "
            + "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Kowalski Nowak Novak Horvat "
            + "Jensen Nielsen Hansen Larsen Andersen Johansson Karlsson Nilsson Eriksson Virtanen Korhonen").split(" ");
    private static final String[] DOMAINS = {"example.com", "acme-insurance.example", "northwind.example",
        "contoso.example", "globex.example"};
    private static final String[] TEAMS = ("Claims Underwriting Billing Payments Collections Onboarding Compliance "
            + "Audit Treasury Procurement Logistics Warehouse Dispatch Fleet Maintenance Facilities Security Legal "
            + "Marketing Sales Support Service-Desk Field-Service Quality Research Engineering Operations Finance "
            + "Payroll Recruiting Training Pricing Reinsurance Fraud Risk Actuarial Brokers Agents Partners Reporting").split(" ");
    private static final String[] ROLES = ("Handlers Approvers Reviewers Clerks Analysts Managers Leads Specialists "
            + "Officers Coordinators Supervisors Assistants Planners Auditors Agents").split(" ");
    private static final String[] SITES = ("Lisbon Porto Madrid Paris Lyon Berlin Munich Hamburg Vienna Zurich Milan "
            + "Rome Warsaw Prague Dublin London Leeds Amsterdam Brussels Oslo Stockholm Helsinki Copenhagen Athens "
            + "Boston Chicago Denver Austin Toronto Montreal Sao-Paulo Mexico-City Singapore Sydney Tokyo Mumbai "
            + "Cape-Town Nairobi Dubai Istanbul EMEA APAC LATAM NA").split(" ");

    /** A user as partialImport takes it: enabled, verified email, no credentials. */
    record Person(String username, String email, String firstName, String lastName) {
    }

    final List<Person> people;
    final List<String> groups;
    /** Per group (same order as {@link #groups}), the usernames of its members. */
    final List<List<String>> members;

    Directory(long seed, int userCount, int groupCount, int groupsPerUser) {
        Random random = new Random(seed);
        this.people = people(random, userCount);
        this.groups = groups(random, groupCount);
        this.members = members(random, people, groupCount, groupsPerUser);
    }

    int membershipCount() {
        return members.stream().mapToInt(List::size).sum();
    }

    /** Every person in {@code perUser} distinct groups, chosen at random. */
    private static List<List<String>> members(Random random, List<Person> people, int groupCount, int perUser) {
        List<List<String>> members = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            members.add(new ArrayList<>());
        }
        for (Person person : people) {
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < Math.min(perUser, groupCount)) {
                chosen.add(random.nextInt(groupCount));
            }
            chosen.forEach(g -> members.get(g).add(person.username()));
        }
        return members;
    }

    private static List<Person> people(Random random, int count) {
        List<Person> people = new ArrayList<>(count);
        Set<String> usernames = new LinkedHashSet<>();
        while (people.size() < count) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String base = (first + "." + last).toLowerCase(Locale.ROOT);
            // The second Anna Smith is anna.smith2, as most directories number duplicates.
            String username = base;
            for (int n = 2; !usernames.add(username); n++) {
                username = base + n;
            }
            String email = username + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
            people.add(new Person(username, email, first, last));
        }
        return people;
    }

    private static List<String> groups(Random random, int count) {
        List<String> all = new ArrayList<>(TEAMS.length * ROLES.length * SITES.length);
        for (String site : SITES) {
            for (String team : TEAMS) {
                for (String role : ROLES) {
                    all.add(team + " " + role + " " + site);
                }
            }
        }
        if (count > all.size()) {
            throw new IllegalArgumentException("At most " + all.size() + " group names can be generated");
        }
        Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, count));
    }
}
