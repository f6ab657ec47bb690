package vn.doanket.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Territory;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.devstack.E2e.await;
import static vn.doanket.devstack.E2e.probe;
import static vn.doanket.devstack.E2e.total;

/**
 * The dashboard as a user sees it: each demo account that may read dashboards signs in through
 * the identity provider's login page in a real browser (Debian's headless {@code chromium},
 * driven by its {@code chromium-driver} through Selenium; nothing is downloaded) and lands on the
 * server-rendered page of its own unit ({@code /units/{code}}) with the figures the API gives that
 * account, sub-units inside its territory only, and the 404 page, without figures, for a unit
 * outside it. A PNG per account goes to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardLoginBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(DashboardLoginBrowserTest.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration PAGE = Duration.ofSeconds(20);
    private static final String PASSWORD = "doanket2025";
    static final Path CHROMIUM = Paths.get(System.getProperty("doanket.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Paths.get(System.getProperty("doanket.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** Selenium 4.31 ships CDP bindings up to v135 and warns on every session with Chromium 156; this test uses none. */
    private static final java.util.logging.Logger CDP_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final java.util.logging.Logger CDP_DRIVER = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    /**
     * A demo account that may read dashboards.
     *
     * @param username    its login
     * @param displayName the name in its token
     * @param home        its scope unit, where the dashboard opens
     * @param homeName    that unit's Vietnamese name, or null when the dashboard has no figures for it
     * @param outside     a unit the account may not see
     */
    record Account(String username, String displayName, String home, String homeName, String outside) {
        @Override
        public String toString() {
            return username + " (" + home + ")";
        }
    }

    static Stream<Account> accounts() {
        return Stream.of(
                // the nation covers everything: its "outside" is a province that is no longer on today's map
                new Account("trung-uong", "Lãnh đạo Trung ương", "VN", "Cộng hòa xã hội chủ nghĩa Việt Nam", "77"),
                new Account("lanh-dao-hcm", "Lãnh đạo TP. Hồ Chí Minh", "79", "Thành phố Hồ Chí Minh", "01"),
                new Account("lanh-dao-ha-noi", "Lãnh đạo TP. Hà Nội", "01", "Thành phố Hà Nội", "79"),
                new Account("lanh-dao-ba-ria", "Chủ tịch Ủy ban MTTQ Phường Bà Rịa", "26560", "Phường Bà Rịa", "26506"),
                new Account("can-bo-cao-bang", "Cán bộ Ủy ban MTTQ tỉnh Cao Bằng", "04", "Tỉnh Cao Bằng", "VN"),
                // a committee sees its own residential area (a unit below its commune) and nothing of its ward
                new Account("ban-cong-tac-kp-phuoc-trung", "Trưởng ban Công tác Mặt trận Khu phố Phước Trung",
                        "26560-KP01", "Khu phố Phước Trung", "26560"));
    }

    private final Territory territory = Territory.loadOfficial();
    Pipeline pipeline;
    ServiceApps.RunningService membership;
    ServiceApps.RunningService dashboard;

    @BeforeAll
    void startServicesAndRecordAreas() throws Exception {
        requireBrowser();
        pipeline = Pipeline.start("browser");
        membership = pipeline.membership();
        dashboard = pipeline.dashboard();
        String m = membership.url();
        registerWithCode(m, "26560", "26560-KP01", "Khu phố Phước Trung");
        E2e.register(m, "26560", "Khu phố Kim Dinh");
        E2e.register(m, "26560", "Khu phố Long Hương 2");
        E2e.register(m, "26506", "Khu phố 1");
        E2e.register(m, "26506", "Khu phố 2");
        E2e.register(m, "00004", "Tổ dân phố số 1");
        E2e.register(m, "00004", "Tổ dân phố số 2");
        E2e.register(m, "01294", "Bản Nà Lẹng");
        String d = dashboard.url();
        await("8 areas nationwide", PATIENCE, probe(() -> total(d, "VN") == 8 && total(d, "04") == 1
                && total(d, "01") == 2 && total(d, "79") == 5));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopServices() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    @Order(1)
    void eachAccountSignsInAndSeesOnlyItsTerritory(Account account) throws Exception {
        try (Browser browser = Browser.open()) {
            WebDriver page = browser.driver;
            signIn(page, account.username());
            if (account.homeName() == null) {
                assertThat(text(page, "who")).startsWith(account.displayName() + " — ");
                showsNoFigures(page, account.username(), account.home(), null);
                screenshot(page, account.username());
            } else {
                showsOwnUnit(page, account);
            }
            // a unit outside the territory: the API says 404 and the page is the 404 page, no figures
            page.get(dashboard.url() + "/units/" + account.outside());
            showsNoFigures(page, account.username(), account.outside(),
                    territory.unit(account.outside(), territory.today()).map(AdministrativeUnit::name).orElse(null));
            screenshot(page, account.username() + "-outside-" + account.outside());
        }
    }

    /** The page on the account's own unit, with the figure the API gives that account and sub-units inside it. */
    void showsOwnUnit(WebDriver page, Account account) throws Exception {
        JsonNode own = figuresAs(account.username(), account.home());
        waitForText(page, "name", account.homeName());
        assertThat(page.getCurrentUrl()).as("/ leads to the account's own unit").isEqualTo(dashboard.url() + "/units/" + account.home());
        assertThat(text(page, "who")).isEqualTo(account.displayName() + " — " + account.homeName());
        waitFor(page, "the total of " + account.home(), p -> shownTotal(p) == own.get("residentialAreas").asLong());
        assertThat(page.findElements(By.id("up"))).as("no way up from the home unit").isEmpty();
        assertThat(page.findElements(By.cssSelector("#breadcrumb ol a"))).as("nothing above the home unit").isEmpty();

        // every sub-unit link is a child of the shown unit, hence inside the territory
        List<String> links = childLinks(page);
        assertThat(links).hasSize(own.get("children").size());
        for (String code : links) {
            if (code.matches("\\d{5}-.+")) {
                // a residential area: created at run time, its code starts with its commune's
                assertThat(code).as("linked residential area").startsWith(account.home() + "-");
                continue;
            }
            assertThat(territory.parent(code, territory.today()).map(AdministrativeUnit::code))
                    .as("parent of linked sub-unit %s", code).hasValue(account.home());
            assertThat(inScope(account.home(), code)).as("%s inside %s", code, account.home()).isTrue();
        }
        screenshot(page, account.username());
    }

    /** The API answers 404 for the unit and the page, open on it, is the 404 page with that problem and no figures. */
    void showsNoFigures(WebDriver page, String account, String unit, String unitName) throws Exception {
        HttpResponse<String> denied = E2e.getAs(account, figuresUrl(unit));
        assertThat(denied.statusCode()).as("%s reads %s", account, unit).isEqualTo(404);
        JsonNode problem = E2e.JSON.readTree(denied.body());
        waitForText(page, "problemCode", problem.get("code").asText());
        assertThat(text(page, "problemTitle")).isEqualTo("Không tìm thấy / Not found");
        assertThat(text(page, "problemDetailVi")).isEqualTo(problem.get("detail_vi").asText());
        assertThat(text(page, "problemDetailEn")).isEqualTo(problem.get("detail").asText());
        assertThat(page.findElements(By.id("total"))).isEmpty();
        assertThat(childLinks(page)).isEmpty();
        if (unitName != null) {
            assertThat(page.getPageSource()).doesNotContain(unitName);
        }
    }

    @Test
    @Order(2)
    void theCityLeaderDrillsDownToAWardAndBackUpAndSeesLiveUpdates() throws Exception {
        String leader = "lanh-dao-hcm";
        try (Browser browser = Browser.open()) {
            WebDriver page = browser.driver;
            signIn(page, leader);
            waitForText(page, "name", "Thành phố Hồ Chí Minh");
            long city = figuresAs(leader, "79").get("residentialAreas").asLong();
            waitFor(page, "the city total", p -> shownTotal(p) == city);

            // drill down: the sub-unit row is a real link to the ward's page
            click(page, By.cssSelector("#children a[data-code='26560']"));
            waitForText(page, "name", "Phường Bà Rịa");
            long ward = figuresAs(leader, "26560").get("residentialAreas").asLong();
            assertThat(ward).isEqualTo(3);
            waitFor(page, "the ward total", p -> shownTotal(p) == ward);
            assertThat(page.getCurrentUrl()).isEqualTo(dashboard.url() + "/units/26560");
            // back up as far as the leader's own city, not to the nation
            assertThat(page.findElements(By.cssSelector("#breadcrumb ol a")).stream().map(a -> a.getAttribute("data-code")))
                    .containsExactly("79");
            assertThat(page.findElement(By.id("up")).isDisplayed()).isTrue();
            screenshot(page, leader + "-drilldown-26560");

            // a petition about one of the ward's residential areas, posted through the feedback API, reaches the
            // open ward page through server-sent events, without a reload
            long petitions = figuresAs(leader, "26560").path("figures").path("petitionsReceived").asLong(0);
            Object wardMarker = ((JavascriptExecutor) page).executeScript("return window.doanketWardMarker = 'kept';");
            long p0 = System.nanoTime();
            E2e.receivePetition(pipeline.feedback().url(), "26560-KP01", "Đèn đường khu phố bị hỏng");
            waitFor(page, Duration.ofSeconds(10), "the ward's petition count to grow without a reload",
                    p -> shownFigure(p, "petitionsReceived") == petitions + 1);
            log.info("Petition intake to updated page (server-sent events): {} ms", (System.nanoTime() - p0) / 1_000_000);
            // the breakdowns and the sub-unit table follow in place (the server renders them, the script swaps them in)
            waitFor(page, "the breakdown by topic and channel", p -> text(p, "breakdown").contains("Hạ tầng")
                    && text(p, "breakdown").contains("Trực tiếp"));
            screenshot(page, leader + "-petition-26560");
            assertThat(text(page, "breakdown")).as("codes shown by their Vietnamese labels").doesNotContain("INFRASTRUCTURE");
            assertThat(((JavascriptExecutor) page).executeScript("return window.doanketWardMarker;"))
                    .as("same page, not reloaded").isEqualTo(wardMarker);
            assertThat(figuresAs(leader, "26560").path("figures").path("petitionsReceived").asLong())
                    .isEqualTo(petitions + 1);
            assertThat(figuresAs(leader, "79").path("figures").path("petitionsReceived").asLong())
                    .as("the city counts it too").isGreaterThanOrEqualTo(petitions + 1);

            page.findElement(By.id("up")).click();
            waitForText(page, "name", "Thành phố Hồ Chí Minh");
            assertThat(page.getCurrentUrl()).isEqualTo(dashboard.url() + "/units/79");
            waitFor(page, "the city total again", p -> shownTotal(p) == city);
            // the page is subscribed to the city's server-sent events and has drawn the trend chart
            waitForText(page, "liveText", "Cập nhật trực tiếp");
            waitFor(page, "the trend chart", p -> Boolean.TRUE.equals(((JavascriptExecutor) p)
                    .executeScript("return document.querySelector('#chart canvas') !== null;")));
            // Vietnamese by default, English on request (rendered by the server, remembered for the next pages), and back
            assertThat(text(page, "childrenTitle")).isEqualTo("Đơn vị trực thuộc");
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
            page.findElement(By.id("lang")).click();
            waitForText(page, "childrenTitle", "Sub-units");
            assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            waitForText(page, "liveText", "Live updates");
            waitFor(page, "the trend chart in English", p -> Boolean.TRUE.equals(((JavascriptExecutor) p)
                    .executeScript("return document.querySelector('#chart canvas') !== null;")));
            screenshot(page, leader + "-english");
            click(page, By.cssSelector("#children a[data-code='26560']"));
            waitForText(page, "childrenTitle", "Sub-units");
            page.findElement(By.id("lang")).click();
            waitForText(page, "childrenTitle", "Đơn vị trực thuộc");
            page.findElement(By.id("up")).click();
            waitForText(page, "name", "Thành phố Hồ Chí Minh");
            waitForText(page, "liveText", "Cập nhật trực tiếp");

            // one more area in the ward reaches the open page through server-sent events, without a reload
            Object marker = ((JavascriptExecutor) page).executeScript("return window.doanketMarker = 'kept';");
            long t0 = System.nanoTime();
            E2e.register(membership.url(), "26560", "Khu phố Phước Hưng");
            waitFor(page, Duration.ofSeconds(10), "the city total to grow without a reload",
                    p -> shownTotal(p) == city + 1);
            log.info("Registration to updated page (server-sent events): {} ms", (System.nanoTime() - t0) / 1_000_000);
            screenshot(page, leader + "-live-update");
            assertThat(((JavascriptExecutor) page).executeScript("return window.doanketMarker;"))
                    .as("same page, not reloaded").isEqualTo(marker);
            assertThat(figuresAs(leader, "79").get("residentialAreas").asLong()).isEqualTo(city + 1);
            waitFor(page, "the ward's row in the city's table", p -> page.findElement(
                    By.cssSelector("#children tr[data-code='26560'] td[data-figure='residentialAreas']")).getText().equals("4"));

            // CSRF: a state-changing request on the session without the token is refused; the sign-out form carries it
            Object forged = ((JavascriptExecutor) page).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('/logout', {method: 'POST', redirect: 'manual'}).then(r => done(r.status), e => done(String(e)));");
            assertThat(forged).as("sign-out POST without the CSRF token").isEqualTo(403L);
            assertThat(page.findElement(By.cssSelector("form.logout input[name=_csrf]")).getAttribute("value")).isNotBlank();
            // signing out ends the session (the identity provider's own session signs the browser straight back in,
            // on a new dashboard session)
            String session = page.manage().getCookieNamed("JSESSIONID").getValue();
            page.findElement(By.cssSelector("form.logout button[type=submit]")).click();
            waitFor(page, "a new session after signing out", p -> p.manage().getCookieNamed("JSESSIONID") != null
                    && !session.equals(p.manage().getCookieNamed("JSESSIONID").getValue())
                    && p.getCurrentUrl().equals(dashboard.url() + "/units/79"));
        }
    }

    @Test
    @Order(3)
    void theKeyboardReachesTheSkipLinkFirstAndDrillsDown() throws Exception {
        try (Browser browser = Browser.open()) {
            WebDriver page = browser.driver;
            signIn(page, "lanh-dao-hcm");
            waitForText(page, "name", "Thành phố Hồ Chí Minh");
            new Actions(page).sendKeys(Keys.TAB).perform();
            WebElement skip = page.switchTo().activeElement();
            assertThat(skip.getAttribute("class")).isEqualTo("skip");
            assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
            skip.sendKeys(Keys.ENTER);
            waitFor(page, "focus on the main content", p -> "main".equals(p.switchTo().activeElement().getAttribute("id")));
            // every form control has a label
            for (WebElement control : page.findElements(By.cssSelector("input:not([type=hidden]), select"))) {
                assertThat(page.findElements(By.cssSelector("label[for='" + control.getAttribute("id") + "']")))
                        .as("label of #%s", control.getAttribute("id")).hasSize(1);
            }
            waitFor(page, "the ward's link takes Enter", p -> {
                p.findElement(By.cssSelector("#children a[data-code='26560']")).sendKeys(Keys.ENTER);
                return true;
            });
            waitForText(page, "name", "Phường Bà Rịa");
            screenshot(page, "lanh-dao-hcm-keyboard-26560");
        }
    }

    @Test
    @Order(4)
    void theCityLeaderSeesTheCityAsOfADayBeforeTheReformWithItsDistricts() throws Exception {
        String leader = "lanh-dao-hcm";
        String day = "2024-06-01";
        HttpResponse<String> api = E2e.getAs(leader, dashboard.url() + "/api/units/79/children?asOf=" + day);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        List<String> districts = new java.util.ArrayList<>();
        E2e.JSON.readTree(api.body()).get("children").forEach(c -> districts.add(c.get("unitCode").asText()));
        assertThat(districts).isNotEmpty().allMatch(code -> code.length() == 3);
        try (Browser browser = Browser.open()) {
            WebDriver page = browser.driver;
            signIn(page, leader);
            // the as-of form is a plain GET form
            WebElement asOf = page.findElement(By.id("asOf"));
            ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1];", asOf, day);
            asOf.submit();
            waitFor(page, "the view as of " + day, p -> text(p, "level").contains(day));
            assertThat(page.getCurrentUrl()).isEqualTo(dashboard.url() + "/units/79?asOf=" + day);
            assertThat(childLinks(page)).isEqualTo(districts);
            assertThat(text(page, "liveText")).isEqualTo("Không cập nhật trực tiếp");
            // the trend up to that day, on the map of that day
            waitFor(page, "the trend chart as of " + day, p -> Boolean.TRUE.equals(((JavascriptExecutor) p)
                    .executeScript("return document.querySelector('#chart canvas') !== null;")));
            assertThat(page.findElement(By.id("chart")).getAttribute("aria-label")).contains("2024-06");
            screenshot(page, leader + "-as-of-" + day);
            // the district links keep the day
            click(page, By.cssSelector("#children a[data-code='" + districts.get(0) + "']"));
            waitFor(page, "a district as of " + day, p -> p.getCurrentUrl().endsWith("/units/" + districts.get(0) + "?asOf=" + day));
            assertThat(text(page, "level")).contains(day);
            // another province's old map is out of reach through the date as well
            page.get(dashboard.url() + "/units/01?asOf=" + day);
            waitForText(page, "problemCode", "unit-not-found");
            assertThat(page.findElements(By.id("total"))).isEmpty();
            assertThat(childLinks(page)).isEmpty();
        }
    }

    // ----------------------------------------------------------------------------------------

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** Fails (never skips) when the browser is missing: CI installs it. */
    static void requireBrowser() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new AssertionError(binary + " not found: the dashboard browser test needs Debian's `chromium` and "
                        + "`chromium-driver` packages (a version-matched pair). `.ci/run` installs them; by hand: "
                        + "apt-get install --no-install-recommends chromium chromium-driver "
                        + "(or point -Ddoanket.chromium / -Ddoanket.chromedriver at another matched pair)");
            }
        }
    }

    /** One headless Chromium with a fresh profile; closing quits it and removes the profile. */
    static final class Browser implements AutoCloseable {
        final WebDriver driver;
        private final Path profile;

        private Browser(WebDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        static Browser open() throws IOException {
            Path profile = Files.createTempDirectory("doanket-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi-VN",
                    "--user-data-dir=" + profile.toAbsolutePath());
            // an explicit driver and browser: Selenium Manager is never consulted, nothing is downloaded
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PAGE);
            return new Browser(driver, profile);
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    /** Opens the dashboard, is sent to the identity provider's login page, signs in, and is sent back. */
    void signIn(WebDriver page, String username) {
        String issuer = vn.doanket.testing.SharedInfrastructure.get().identity().issuer();
        page.get(dashboard.url() + "/");
        waitFor(page, "the identity provider's login page", p -> p.getCurrentUrl().startsWith(issuer + "/login"));
        page.findElement(By.name("username")).sendKeys(username);
        page.findElement(By.name("password")).sendKeys(PASSWORD);
        page.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(page, "back on the dashboard", p -> p.getCurrentUrl().startsWith(dashboard.url() + "/units/")
                && !text(p, "who").isEmpty());
    }

    boolean inScope(String home, String code) {
        return home.equals(code) || territory.ancestors(code, territory.today()).stream()
                .anyMatch(u -> u.code().equals(home));
    }

    JsonNode figuresAs(String account, String unit) throws Exception {
        HttpResponse<String> response = E2e.getAs(account, figuresUrl(unit));
        assertThat(response.statusCode()).as("%s reads %s: %s", account, unit, response.body()).isEqualTo(200);
        return E2e.JSON.readTree(response.body());
    }

    String figuresUrl(String unit) {
        return dashboard.url() + "/api/units/" + unit + "/figures";
    }

    /** The codes the sub-unit links lead to (read in one go: the page redraws the table every second). */
    @SuppressWarnings("unchecked")
    static List<String> childLinks(WebDriver page) {
        return (List<String>) ((JavascriptExecutor) page).executeScript(
                "return Array.from(document.querySelectorAll('#children a')).map(a => a.dataset.code);");
    }

    static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText().strip();
    }

    /** The figure shown, without the Vietnamese thousands separators; -1 while none is shown. */
    static long shownTotal(WebDriver page) {
        List<WebElement> total = page.findElements(By.id("total"));
        String digits = total.isEmpty() ? "" : total.get(0).getText().replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    /** A figure card's value without separators; -1 while the card is not shown. */
    static long shownFigure(WebDriver page, String figure) {
        List<WebElement> cards = page.findElements(By.id("fig-" + figure));
        String digits = cards.isEmpty() ? "" : cards.get(0).getText().replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    /** Clicks a link of the sub-unit table, which a live update may have just re-rendered. */
    static void click(WebDriver page, By link) {
        waitFor(page, "a click on " + link, p -> {
            p.findElement(link).click();
            return true;
        });
    }

    static void waitForText(WebDriver page, String id, String expected) {
        try {
            waitFor(page, "#" + id + " = " + expected, p -> text(p, id).equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("#" + id + " shows \"" + text(page, id) + "\", expected \"" + expected + "\"", e);
        }
    }

    static void waitFor(WebDriver page, String what, Function<WebDriver, Boolean> condition) {
        waitFor(page, PAGE, what, condition);
    }

    static void waitFor(WebDriver page, Duration timeout, String what, Function<WebDriver, Boolean> condition) {
        // live updates swap the breakdowns and the sub-unit table in place: an element read a moment
        // before the swap is stale, and the next poll reads the new one
        new WebDriverWait(page, timeout, Duration.ofMillis(100)).withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    static void screenshot(WebDriver page, String name) throws IOException {
        byte[] png = ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    /** An area with a given stable code (the committee account's own residential area). */
    static void registerWithCode(String membershipUrl, String commune, String code, String name) throws Exception {
        HttpResponse<String> response = E2e.postJson(membershipUrl + "/api/residential-areas",
                Map.of("communeCode", commune, "areaCode", code, "name", name, "kind", "KHU_PHO"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
