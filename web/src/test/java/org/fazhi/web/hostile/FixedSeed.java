package org.fazhi.web.hostile;

import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Every hostile property runs with one fixed seed, so a build is repeatable and a failure can be
 * replayed: {@value #DEFAULT} unless {@code -Dhostile.seed=N} says otherwise ({@code -Dhostile.seed=random}
 * lets jqwik pick one). The seed, the tries and the time are printed before and after each property,
 * so the line to replay is in the build log whether the property passes, fails or hangs.
 * {@code -Dhostile.tries=N} runs every hostile property N times instead of its own count, for a longer hunt.
 */
public final class FixedSeed implements AroundPropertyHook {
    /** The seed of every build unless told otherwise. */
    public static final String DEFAULT = "20241215";
    public static final String PROPERTY = "hostile.seed";
    public static final String TRIES = "hostile.tries";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (!context.targetMethod().isAnnotationPresent(Property.class)) {
            return property.execute(); // an @Example: one fixed try, nothing to seed
        }
        String wanted = System.getProperty(PROPERTY, DEFAULT).trim();
        if (wanted.isEmpty()) {
            wanted = DEFAULT;
        }
        boolean random = wanted.equalsIgnoreCase("random");
        if (!random && context.attributes().seed().isEmpty()) {
            try {
                Long.parseLong(wanted);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + PROPERTY + " must be a number or 'random', not '" + wanted + "'");
            }
            context.attributes().setSeed(wanted);
        }
        String tries = System.getProperty(TRIES, "").trim();
        if (!tries.isEmpty()) {
            context.attributes().setTries(Integer.parseInt(tries));
        }
        String name = context.containerClass().getSimpleName() + "." + context.targetMethod().getName();
        System.out.println("hostile seed " + context.attributes().seed().orElse("(random)") + " for " + name);
        long start = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        String seed = result.seed().orElse(context.attributes().seed().orElse("?"));
        System.out.printf("hostile seed %s for %s: %s after %d tries in %.1f s; replay with -D%s=%s%n", seed, name,
                result.status(), result.countTries(), (System.nanoTime() - start) / 1e9, PROPERTY, seed);
        return result;
    }

    /** Added on a class, it reaches the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** Outermost, so the seed is set before anything else looks at the property. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
