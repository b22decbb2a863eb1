package io.runtimeaccess.events.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A realm's findings settings, in our own table rather than realm attributes: realm attributes are read
 * by anyone with {@code view-realm}, written by anyone with {@code manage-realm}, and travel in realm
 * exports and admin events. Only the findings settings API writes this row, so its role checks hold,
 * and the webhook secret never leaves it. Values are stored as given and validated again when read.
 */
@Entity
@Table(name = "RA_FINDING_SETTINGS")
public class FindingSettingsEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "WEBHOOK_URL", length = 2048)
    private String webhookUrl;

    @Column(name = "WEBHOOK_SECRET", length = 1024)
    private String webhookSecret;

    @Column(name = "RESPONSE_LOW", length = 32)
    private String responseLow;

    @Column(name = "RESPONSE_MEDIUM", length = 32)
    private String responseMedium;

    @Column(name = "RESPONSE_HIGH", length = 32)
    private String responseHigh;

    @Column(name = "RESPONSE_CRITICAL", length = 32)
    private String responseCritical;

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public String getResponseLow() {
        return responseLow;
    }

    public void setResponseLow(String responseLow) {
        this.responseLow = responseLow;
    }

    public String getResponseMedium() {
        return responseMedium;
    }

    public void setResponseMedium(String responseMedium) {
        this.responseMedium = responseMedium;
    }

    public String getResponseHigh() {
        return responseHigh;
    }

    public void setResponseHigh(String responseHigh) {
        this.responseHigh = responseHigh;
    }

    public String getResponseCritical() {
        return responseCritical;
    }

    public void setResponseCritical(String responseCritical) {
        this.responseCritical = responseCritical;
    }
}
