package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.world.World;
import java.util.SplittableRandom;

/**
 * What every family of attacks draws on: the generator's random stream, output, world and settings, the
 * attackers' addresses, and the window [from, until) in which attacks start (after the warm-up).
 */
abstract class AttackFamily {

    final Generator g;
    final SplittableRandom random;
    final Collector out;
    final AttackerAddresses addresses;
    final long from;
    final long until;
    final World world;
    final GeneratorSettings settings;

    AttackFamily(Generator generator, AttackerAddresses addresses, long from, long until) {
        this.g = generator;
        this.random = generator.random;
        this.out = generator.out;
        this.addresses = addresses;
        this.from = from;
        this.until = until;
        this.world = generator.world;
        this.settings = generator.settings;
    }
}
