package org.timeatlas.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsFolderTest {

    private static final Path HOME = Path.of("/home/nino");

    @Test
    void linuxUsesXdgConfigHome() {
        assertEquals(Path.of("/srv/config/time-atlas"),
                SettingsStore.userFolder("Linux", Map.of("XDG_CONFIG_HOME", "/srv/config"), HOME));
    }

    @Test
    void linuxWithoutXdgConfigHomeUsesDotConfig() {
        assertEquals(Path.of("/home/nino/.config/time-atlas"), SettingsStore.userFolder("Linux", Map.of(), HOME));
        assertEquals(Path.of("/home/nino/.config/time-atlas"),
                SettingsStore.userFolder("Linux", Map.of("XDG_CONFIG_HOME", ""), HOME));
    }

    @Test
    void aRelativeXdgConfigHomeIsIgnoredAsTheSpecSays() {
        assertEquals(Path.of("/home/nino/.config/time-atlas"),
                SettingsStore.userFolder("Linux", Map.of("XDG_CONFIG_HOME", "config"), HOME));
    }

    @Test
    void otherUnixesFollowXdgToo() {
        assertEquals(Path.of("/home/nino/.config/time-atlas"), SettingsStore.userFolder("FreeBSD", Map.of(), HOME));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\nino\\AppData\\Roaming";
        assertEquals(Path.of(appData).resolve("Time Atlas"),
                SettingsStore.userFolder("Windows 11", Map.of("APPDATA", appData, "XDG_CONFIG_HOME", "/x"), HOME));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderInHome() {
        assertEquals(HOME.resolve("AppData").resolve("Roaming").resolve("Time Atlas"),
                SettingsStore.userFolder("Windows 10", Map.of(), HOME));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/nino/Library/Application Support/Time Atlas"),
                SettingsStore.userFolder("Mac OS X", Map.of("XDG_CONFIG_HOME", "/x"), HOME));
    }

    @Test
    void forUserPutsTheFileInThisUsersFolder() {
        Path expected = SettingsStore.userFolder(System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home"))).resolve("settings.json");
        assertEquals(expected, SettingsStore.forUser().file());
    }
}
