package org.fazhi.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PostgresTargetTest {
    @Test
    void portsAreTcpPorts() {
        for (String ok : new String[] {"jdbc:postgresql://db/fazhi", "jdbc:postgresql://db:5432/fazhi?user=fazhi",
            "jdbc:postgresql://[::1]:5432/fazhi", "jdbc:postgresql://[::1]/fazhi", "jdbc:postgresql://a:5432,b:65535/fazhi",
            "jdbc:postgresql://db:1?user=x"}) {
            assertEquals(ok, PostgresTarget.of(ok, null).url());
        }
        for (String[] bad : new String[][] {{"jdbc:postgresql://db:99999/fazhi", "99999"}, {"jdbc:postgresql://db:0/fazhi", "0"},
            {"jdbc:postgresql://db:abc/fazhi", "abc"}, {"jdbc:postgresql://db:/fazhi", ""}, {"jdbc:postgresql://a:5432,b:70000/f", "70000"}}) {
            StorageException e = assertThrows(StorageException.class, () -> PostgresTarget.of(bad[0], null), bad[0]);
            assertEquals("数据库地址中的端口须为 1 到 65535 的整数:" + bad[1], e.getMessage());
        }
    }
}
