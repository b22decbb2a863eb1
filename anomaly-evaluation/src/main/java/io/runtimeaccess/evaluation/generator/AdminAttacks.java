package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import java.util.List;

/**
 * Admin attacks: an admin grants realm-admin to themselves from their usual place; an admin account grants
 * realm-admin to a fresh account from an address it never used; an admin deletes dozens to hundreds of
 * users in minutes from the usual place.
 */
final class AdminAttacks extends AttackFamily {

    AdminAttacks(Generator generator, AttackerAddresses addresses, long from, long until) {
        super(generator, addresses, from, until);
    }

    private long workTime(SimUser admin) {
        for (int attempt = 0; ; attempt++) {
            long t = from + (long) (random.nextDouble() * (until - from));
            int day = day(t);
            if (day % 7 < 5 || attempt > 50) {
                long midnight = settings.startMillis() + day * Generator.DAY
                        - admin.home.utcOffsetMinutes() * Generator.MINUTE;
                return midnight + (long) ((9 + 8 * random.nextDouble()) * 60 * Generator.MINUTE);
            }
        }
    }

    void adminSelfGrant(String campaign) {
        SimUser admin = g.admins.get(random.nextInt(g.admins.size()));
        long time = workTime(admin);
        int day = day(time);
        out.admin(time, admin.id, g.adminRoutine.prefix(admin, day), g.adminRoutine.ip(admin, day),
                AdminOperation.CREATE, "REALM_ROLE_MAPPING", "users/" + admin.id + "/role-mappings/realm", admin.id,
                AdminRoutine.ADMIN_ROLE, Label.attack(Scenario.ADMIN_SELF_GRANT, campaign));
    }

    /**
     * A stolen admin account used from an address the admin never used: every other time it first creates
     * a fresh account (a harmless-looking change from the new address) and grants that account realm-admin
     * a minute later; otherwise it grants realm-admin to an existing user straight away.
     */
    void adminGrantNewIp(String campaign, boolean createFirst) {
        SimUser admin = g.admins.get(random.nextInt(g.admins.size()));
        long time = from + (long) (random.nextDouble() * (until - from));
        City city;
        do {
            city = world.cities().get(random.nextInt(world.cities().size()));
        } while (city.country().equals(admin.home.country()));
        Prefix p = addresses.prefixIn(city, random.nextBoolean() ? NetworkKind.RESIDENTIAL : NetworkKind.HOSTING);
        String ip = g.address(p);
        Scenario scenario = createFirst ? Scenario.ADMIN_CREATE_THEN_GRANT_NEW_IP : Scenario.ADMIN_GRANT_NEW_IP;
        String account;
        if (createFirst) {
            account = Long.toString(random.nextLong());
            out.admin(time, admin.id, p, ip, AdminOperation.CREATE, "USER", "users/" + account, account, List.of(),
                    Label.context(scenario, campaign));
            time += 30_000 + random.nextInt(60_000);
        } else {
            SimUser target;
            do {
                target = g.users.get(random.nextInt(g.users.size()));
            } while (target.admin);
            account = target.id;
        }
        out.admin(time, admin.id, p, ip, AdminOperation.CREATE, "REALM_ROLE_MAPPING",
                "users/" + account + "/role-mappings/realm", account, AdminRoutine.ADMIN_ROLE,
                Label.attack(scenario, campaign));
    }

    void adminBulkDelete(String campaign) {
        SimUser admin = g.admins.get(random.nextInt(g.admins.size()));
        long time = workTime(admin);
        int day = day(time);
        int deletes = 60 + random.nextInt(191);
        long duration = (5 + random.nextInt(11)) * Generator.MINUTE;
        Label label = Label.attack(Scenario.ADMIN_BULK_DELETE, campaign);
        for (int i = 0; i < deletes; i++) {
            String user = g.users.get(random.nextInt(g.users.size())).id;
            out.admin(time + duration * i / deletes, admin.id, g.adminRoutine.prefix(admin, day),
                    g.adminRoutine.ip(admin, day), AdminOperation.DELETE, "USER", "users/" + user, user, List.of(), label);
        }
    }

    private int day(long time) {
        return (int) Math.floorDiv(time - settings.startMillis(), Generator.DAY);
    }
}
