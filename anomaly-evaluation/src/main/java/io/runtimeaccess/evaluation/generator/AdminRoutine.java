package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.world.Prefix;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The admins' routine work: everyday user and role changes, onboarding batches and the odd colleague made
 * admin, on working days from the admin's usual place; and where that place is, for the admin attacks.
 */
final class AdminRoutine {

    private static final List<GrantedAccess> PLAIN_ROLE = List.of(new GrantedAccess("role", "invoice-viewer", false));
    static final List<GrantedAccess> ADMIN_ROLE = List.of(new GrantedAccess("role", "realm-admin", true));

    private final Generator g;
    private final GeneratorSettings settings;
    private final SplittableRandom random;

    AdminRoutine(Generator generator) {
        this.g = generator;
        this.settings = generator.settings;
        this.random = generator.random;
    }

    /** Where an admin works on a day: the office NAT (office admins, Monday to Thursday) or home. */
    Generator.Place place(SimUser a, int day) {
        if (a.office && day % 7 < 4) {
            return new Generator.Place(g.offices.prefix(a.officeSite), g.offices.ip(a.officeSite), Scenario.BENIGN_ADMIN);
        }
        return new Generator.Place(a.homePrefix, a.homeIp, Scenario.BENIGN_ADMIN);
    }

    Prefix prefix(SimUser a, int day) {
        return place(a, day).prefix();
    }

    String ip(SimUser a, int day) {
        return place(a, day).ip();
    }

    void work(SimUser a) {
        Label label = Label.benign(Scenario.BENIGN_ADMIN);
        int nextBatch = random.nextInt(14);
        for (int day = 0; day < settings.days(); day++) {
            if (day % 7 >= 5 || (a.trip != null && a.trip.away(day))) {
                continue; // no admin work at weekends or on holiday
            }
            Generator.Place place = place(a, day);
            long midnight = settings.startMillis() + day * Generator.DAY - a.home.utcOffsetMinutes() * Generator.MINUTE;
            int actions = g.poisson(3);
            for (int i = 0; i < actions; i++) {
                long time = midnight + (long) ((8.5 + 9 * random.nextDouble()) * 60 * Generator.MINUTE);
                routineAction(a, time, place, label);
            }
            if (day >= nextBatch) {
                // onboarding: accounts created and given their roles, one after the other
                int people = 8 + random.nextInt(18);
                long time = midnight + (long) ((9 + 6 * random.nextDouble()) * 60 * Generator.MINUTE);
                for (int i = 0; i < people; i++) {
                    String user = g.users.get(random.nextInt(g.users.size())).id;
                    g.out.admin(time, a.id, place.prefix(), place.ip(), AdminOperation.CREATE, "USER", "users/" + user, user,
                            List.of(), label);
                    time += 20_000 + random.nextInt(60_000);
                    g.out.admin(time, a.id, place.prefix(), place.ip(), AdminOperation.CREATE, "REALM_ROLE_MAPPING",
                            "users/" + user + "/role-mappings/realm", user, PLAIN_ROLE, label);
                    time += 10_000 + random.nextInt(40_000);
                }
                nextBatch = day + 10 + random.nextInt(15);
            }
            if (random.nextDouble() < 0.05) {
                // a colleague becomes admin: privileged, but from the usual place and for someone else
                String user = g.admins.get(random.nextInt(g.admins.size())).id;
                if (!user.equals(a.id)) {
                    long time = midnight + (long) ((9 + 8 * random.nextDouble()) * 60 * Generator.MINUTE);
                    g.out.admin(time, a.id, place.prefix(), place.ip(), AdminOperation.CREATE, "REALM_ROLE_MAPPING",
                            "users/" + user + "/role-mappings/realm", user, ADMIN_ROLE, label);
                }
            }
        }
    }

    private void routineAction(SimUser a, long time, Generator.Place place, Label label) {
        String user = g.users.get(random.nextInt(g.users.size())).id;
        double r = random.nextDouble();
        if (r < 0.45) {
            g.out.admin(time, a.id, place.prefix(), place.ip(), AdminOperation.UPDATE, "USER", "users/" + user, user,
                    List.of(), label);
        } else if (r < 0.60) {
            g.out.admin(time, a.id, place.prefix(), place.ip(), AdminOperation.CREATE, "USER", "users/" + user, user,
                    List.of(), label);
        } else if (r < 0.78) {
            g.out.admin(time, a.id, place.prefix(), place.ip(), AdminOperation.CREATE, "REALM_ROLE_MAPPING",
                    "users/" + user + "/role-mappings/realm", user, PLAIN_ROLE, label);
        } else if (r < 0.90) {
            g.out.admin(time, a.id, place.prefix(), place.ip(), AdminOperation.CREATE, "GROUP_MEMBERSHIP",
                    "users/" + user + "/groups/finance", user, List.of(new GrantedAccess("group", "finance", false)),
                    label);
        } else if (r < 0.95) {
            g.out.admin(time, a.id, place.prefix(), place.ip(), AdminOperation.DELETE, "USER", "users/" + user, user,
                    List.of(), label);
        } else {
            g.out.admin(time, a.id, place.prefix(), place.ip(), AdminOperation.UPDATE, "CLIENT", "clients/portal", null,
                    List.of(), label);
        }
    }
}
