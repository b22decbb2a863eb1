package io.runtimeaccess.governance.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's last sign-in as flushed from the nodes' in-memory marks, and whether the user ever signed in
 * through an identity provider (which keeps a user "federated" after its link is removed).
 */
@Entity
@Table(name = "RA_GOV_SIGN_IN")
public class SignInEntity {

    /** 255 as in Keycloak's own tables: ids of user-storage users are longer than 36. */
    @Id
    @Column(name = "USER_ID", length = 255)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "LAST_SIGN_IN", nullable = false)
    private long lastSignIn;

    @Column(name = "BROKERED", nullable = false)
    private boolean brokered;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public long getLastSignIn() {
        return lastSignIn;
    }

    public void setLastSignIn(long lastSignIn) {
        this.lastSignIn = lastSignIn;
    }

    public boolean isBrokered() {
        return brokered;
    }

    public void setBrokered(boolean brokered) {
        this.brokered = brokered;
    }
}
