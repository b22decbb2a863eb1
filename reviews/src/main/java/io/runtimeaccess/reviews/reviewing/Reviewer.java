package io.runtimeaccess.reviews.reviewing;

import io.runtimeaccess.reviews.decide.ReviewerRefusal;
import io.runtimeaccess.sharing.authzen.CallerToken;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;

/** The verified caller of the reviewers' API: a person, since a service account reviews nobody's access. */
record Reviewer(AccessToken token, UserModel user) {

    static Reviewer of(CallerToken.Caller caller) {
        if (caller.user().getServiceAccountClientLink() != null) {
            throw ReviewerRefusal.forbidden("service_account", "id", "a service account does not review access");
        }
        return new Reviewer(caller.token(), caller.user());
    }
}
