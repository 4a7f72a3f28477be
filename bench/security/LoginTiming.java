import dev.flute.auth.password.Passwords;

/**
 * Issue #17, finding 7: new hashes at cost 12 (passlib's default), the stored ones at cost 4. Times
 * a failed login of a known and of an unknown user; before the fix the unknown one took 200x longer.
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl dsl-auth -am
 * java -cp dsl-auth/target/classes:$(find ~/.m2 -name 'bcrypt-0.10.2.jar' -o -name 'bytes-1.5.0.jar' \
 *     -o -name 'vertx-core-5.0.7.jar' -o -name 'netty-common-4.2.9.Final.jar' | tr '\n' ':') \
 *     bench/security/LoginTiming.java
 * </pre>
 */
public class LoginTiming {
    public static void main(String[] args) {
        Passwords passwords = Passwords.bcrypt();
        String stored = Passwords.bcrypt().cost(4).hash("secret");
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) passwords.verify("wrong", stored);
            long known = System.nanoTime();
            for (int i = 0; i < 5; i++) passwords.verify("wrong", null);
            long unknown = System.nanoTime();
            System.out.printf("known user: %.1f ms   unknown user: %.1f ms%n", (known - start) / 5e6, (unknown - known) / 5e6);
        }
    }
}
