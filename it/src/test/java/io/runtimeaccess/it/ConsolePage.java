package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Finds the console's controls the way a person (or a screen reader) does: buttons, links, tabs and fields
 * by their accessible names, which the console takes from admin-ui/src/messages.ts, and rows by their
 * {@code data-testid}. Everything inside an open dialog is looked for in the dialog.
 */
final class ConsolePage {

    static final String DIALOG = "//*[@role='dialog']";

    private final ConsoleBrowser browser;

    ConsolePage(ConsoleBrowser browser) {
        this.browser = browser;
    }

    /** An XPath string literal for any text, quotes included. */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** A button named {@code name} by its text or aria-label; tabs excluded (a tab may share a button's name). */
    static By button(String name) {
        String n = literal(name);
        return By.xpath("//button[not(@role='tab') and (normalize-space()=" + n + " or @aria-label=" + n + ")]");
    }

    static By dialogButton(String name) {
        String n = literal(name);
        return By.xpath(DIALOG + "//button[normalize-space()=" + n + " or @aria-label=" + n + "]");
    }

    static By link(String name) {
        return By.xpath("//a[normalize-space()=" + literal(name) + "]");
    }

    static By tab(String name) {
        return By.xpath("//*[@role='tab' and normalize-space()=" + literal(name) + "]");
    }

    static By heading(String text) {
        return By.xpath("//h1[normalize-space()=" + literal(text) + "]");
    }

    static By text(String text) {
        return By.xpath("//*[not(self::script) and normalize-space(text())=" + literal(text) + "]");
    }

    static By containing(String text) {
        return By.xpath("//*[not(self::script) and contains(normalize-space(.), " + literal(text) + ")"
                + " and not(*[contains(normalize-space(.), " + literal(text) + ")])]");
    }

    static By row(String name) {
        return By.cssSelector("[data-testid='row-" + name.replace("'", "\\'") + "']");
    }

    /**
     * A form control labelled {@code label}: through a {@code <label for>} (PatternFly adds a required marker
     * to the label's text, hence the inner span), or its own aria-label.
     */
    static By field(String label) {
        String l = literal(label);
        return By.xpath("//*[(self::input or self::textarea or self::select or @role='combobox' or @role='textbox')"
                + " and (@aria-label=" + l + " or @id=//label[normalize-space()=" + l
                + " or .//*[normalize-space(text())=" + l + "]]/@for)]");
    }

    WebElement click(String what, By by) {
        WebElement element = browser.visible(what, by);
        browser.await(what + " enabled", d -> element.isEnabled() ? element : null);
        element.click();
        return element;
    }

    void clickButton(String name) {
        click("button " + name, button(name));
    }

    void clickDialogButton(String name) {
        click("dialog button " + name, dialogButton(name));
    }

    void clickTab(String name) {
        click("tab " + name, tab(name));
        browser.await("tab " + name + " selected",
                d -> "true".equals(d.findElement(tab(name)).getAttribute("aria-selected")));
    }

    void navigate(String name) {
        click("navigation link " + name, By.xpath("//nav//a[normalize-space()=" + literal(name) + "]"));
    }

    void type(String label, String value) {
        WebElement input = browser.visible("field " + label, field(label));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    void awaitHeading(String title) {
        browser.visible("page heading " + title, heading(title));
    }

    void awaitText(String text) {
        browser.visible("text " + text, containing(text));
    }

    void awaitDialogClosed() {
        browser.await("the dialog to close", d -> d.findElements(By.xpath(DIALOG)).isEmpty());
    }

    /** Fails if any of these buttons is shown: a view-only admin must not see change controls. */
    void assertNoButtons(String page, String... names) {
        List<String> shown = List.of(names).stream().filter(n -> browser.present(button(n))).collect(Collectors.toList());
        assertEquals(List.of(), shown, "change controls shown to a view-only admin on " + page);
    }

    /** The counterpart for an admin who may change things: these buttons show (so their absence elsewhere means something). */
    void assertButtons(String page, String... names) {
        for (String name : names) {
            browser.visible("button " + name + " on " + page, button(name));
        }
    }

    void assertAbsent(String what, By by) {
        assertFalse(browser.present(by), what + " is shown");
    }
}
