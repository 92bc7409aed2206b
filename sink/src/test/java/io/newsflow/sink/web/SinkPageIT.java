package io.newsflow.sink.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.sink.store.JdbcArticleStore;
import io.newsflow.sink.store.StoreSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless browser (Debian's chromium + chromedriver, paths overridable with
 * {@code newsflow.chromium} / {@code newsflow.chromedriver}) over a SQLite store with {@link WebFixtures}: a search by
 * speaker shows their quotes, a click opens the article with the quote highlighted. Skips with a message when the
 * browser or driver is not installed ({@code apt-get install -y chromium chromium-driver}). Screenshots go to
 * {@code newsflow.screenshots.dir} (default {@code target/screenshots}).
 */
class SinkPageIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("newsflow.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("newsflow.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("newsflow.screenshots.dir", "target/screenshots"));

    @TempDir
    Path dir;

    private JdbcArticleStore store;
    private TestServer server;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; install them with"
                        + " `apt-get install -y chromium chromium-driver` to run the web page test");
        store = JdbcArticleStore.open(StoreSettings.of("jdbc:sqlite:" + dir.resolve("newsflow.db")));
        store.write(WebFixtures.all());
        server = new TestServer(store);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void searchBySpeakerShowsTheirQuotesAndAClickOpensTheArticleWithTheQuoteHighlighted() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(server.base() + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "quote"));

        WebElement speaker = browser.findElement(By.id("speaker"));
        speaker.sendKeys("Sergey Lavrov");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.urlContains("speaker=Sergey+Lavrov"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .quote-hit"), 2));

        List<WebElement> hits = browser.findElements(By.cssSelector("#results .quote-link"));
        assertThat(hits).extracting(WebElement::getText)
                .containsExactly(WebFixtures.LAVROV_GRAIN, WebFixtures.LAVROV_GENEVA);
        assertThat(browser.findElements(By.cssSelector("#results .speaker"))).extracting(WebElement::getText)
                .containsOnly("Sergey Lavrov");
        screenshot("search.png");

        browser.findElements(By.cssSelector("#results .quote-link")).get(1).click();
        wait.until(ExpectedConditions.urlContains("/article.html?id=" + WebFixtures.GENEVA));
        WebElement current = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-body mark.quote.current")));

        assertThat(current.getText()).isEqualTo(WebFixtures.LAVROV_GENEVA);
        assertThat(current.getAttribute("data-quote-id")).isEqualTo(WebFixtures.GENEVA + "-q0");
        assertThat(browser.findElement(By.id("article-title")).getText())
                .isEqualTo("Ministers trade warnings over sanctions in Geneva");
        // the other quote of the article is highlighted too, but not as the current one
        assertThat(browser.findElements(By.cssSelector("#article-body mark.quote"))).extracting(WebElement::getText)
                .containsExactly(WebFixtures.LAVROV_GENEVA, WebFixtures.BLINKEN_GENEVA);
        screenshot("article.png");
    }

    @Test
    void speakerPageShowsQuotesOverTimeAndTopTopics() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(server.base() + "/speaker.html?id=" + WebFixtures.LAVROV_ID);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .quote-hit"), 2));

        assertThat(browser.findElement(By.id("speaker-name")).getText()).isEqualTo("Sergey Lavrov");
        assertThat(browser.findElements(By.cssSelector("#timeline .month .label"))).extracting(WebElement::getText)
                .containsExactly("2024-03", "2024-04");
        assertThat(browser.findElements(By.cssSelector("#top-topics a")).get(0).getText()).isEqualTo("sanctions");
        screenshot("speaker.png");
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
