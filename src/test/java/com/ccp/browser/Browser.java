package com.ccp.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with the few Vaadin-aware helpers our tests need. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        base = "http://localhost:" + port;
    }

    public void open(String path) {
        driver.get(base + path);
        waitForVaadin();
    }

    /** Signs a demo user in: the password is the name. */
    public void signIn(String user) {
        signIn(user, user);
    }

    public void signIn(String user, String password) {
        submitLogin(user, password);
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** Fills in and sends the login form, wherever it leads. */
    public void submitLogin(String user, String password) {
        open("/login");
        waitUntil(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
    }

    public WebElement byId(String id) {
        waitUntil(d -> !d.findElements(By.id(id)).isEmpty());
        return driver.findElement(By.id(id));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void type(String fieldId, String text) {
        byId(fieldId).findElement(By.cssSelector("input, textarea")).sendKeys(text);
    }

    /** Hands a file to a vaadin-upload: its file input may sit in the light or the shadow DOM. */
    public void upload(String uploadId, Path file) {
        WebElement upload = byId(uploadId);
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        SearchContext root = inputs.isEmpty() ? upload.getShadowRoot() : upload;
        WebElement input = root.findElement(By.cssSelector("input[type=file]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].style.display='block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** What the page wrote to the browser console since the last call (CSP violations land here). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get("browser").getAll().stream().map(entry -> entry.getMessage()).toList();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Fetches a URL within the browser's signed-in session (as a download link would) and returns its bytes. */
    byte[] fetch(String url) {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status)).then(buffer => {
                  const bytes = new Uint8Array(buffer);
                  let text = '';
                  for (let i = 0; i < bytes.length; i += 8192) {
                    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                  }
                  done(btoa(text));
                }).catch(e => done('ERROR ' + e));""", url);
        if (base64 instanceof String text && !text.startsWith("ERROR")) {
            return java.util.Base64.getDecoder().decode(text);
        }
        throw new AssertionError("could not fetch " + url + ": " + base64);
    }

    /** Sets the page's viewport (not the window) to exactly this size. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height",
                height, "deviceScaleFactor", 1, "mobile", false));
    }

    public void back() {
        driver.navigate().back();
        waitForVaadin();
    }

    public void pressKeys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        // Vaadin re-renders a view when the session changes; an element found a moment ago may be gone.
        new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    public void waitForVaadin() {
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
