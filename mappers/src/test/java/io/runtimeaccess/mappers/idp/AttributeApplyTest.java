package io.runtimeaccess.mappers.idp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.mappers.claim.AbsentClaim;
import io.runtimeaccess.mappers.claim.AttributeUpdate;
import io.runtimeaccess.mappers.claim.ClaimImport;
import io.runtimeaccess.mappers.claim.ClaimPath;
import io.runtimeaccess.mappers.claim.ValueTransforms;
import io.runtimeaccess.mappers.claim.ValueType;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.UserModel;

/** What a login writes to the user: nothing when the values are the ones stored, whatever their order. */
class AttributeApplyTest {

    private final List<String> writes = new ArrayList<>();

    /** A user whose stored groups come back as {@code stored}, recording every attribute write. */
    private UserModel user(List<String> stored) {
        return (UserModel) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UserModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttributeStream" -> stored.stream();
                    case "setAttribute" -> writes.add(args[0] + "=" + args[1]);
                    default -> null;
                });
    }

    private static AttributeUpdate groups(String... values) {
        return new ClaimImport(List.of(ClaimPath.parse("groups")), ValueType.STRING_LIST,
                ValueTransforms.builder().build(), AbsentClaim.REMOVE)
                .evaluate(List.of(Map.of("groups", List.of(values))));
    }

    /** The database hands a user's values back in no set order: that is no change, and nothing is rewritten. */
    @Test
    void theSameValuesInAnotherOrderAreNotWrittenAgain() {
        AbstractRuntimeAttributeMapper.apply(user(List.of("Ops", "Finance")), "flowxIdPGroups",
                groups("Finance", "Ops"));
        assertEquals(List.of(), writes);
    }

    @Test
    void otherValuesAreWritten() {
        AbstractRuntimeAttributeMapper.apply(user(List.of("Ops", "Finance")), "flowxIdPGroups",
                groups("Finance", "Support"));
        AbstractRuntimeAttributeMapper.apply(user(List.of("Ops")), "flowxIdPGroups", groups("Ops", "Ops2"));
        assertEquals(List.of("flowxIdPGroups=[Finance, Support]", "flowxIdPGroups=[Ops, Ops2]"), writes);
    }
}
