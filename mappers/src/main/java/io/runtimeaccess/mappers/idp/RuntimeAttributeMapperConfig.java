package io.runtimeaccess.mappers.idp;

import io.runtimeaccess.mappers.LogText;
import io.runtimeaccess.mappers.claim.AbsentClaim;
import io.runtimeaccess.mappers.claim.ClaimImport;
import io.runtimeaccess.mappers.claim.ClaimPath;
import io.runtimeaccess.mappers.claim.ValueTransforms;
import io.runtimeaccess.mappers.claim.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Configuration of the runtime-attribute identity-provider mappers: the keys, the admin-console
 * properties and typed getters with their defaults. The OIDC and SAML mappers differ only in how the
 * source is named, so the source property is passed in.
 */
public final class RuntimeAttributeMapperConfig {

    public static final String CLAIMS = "claims";
    public static final String SAML_ATTRIBUTES = "attributes";
    /** The same key Keycloak's own Attribute Importer uses, so exports read alike. */
    public static final String USER_ATTRIBUTE = "user.attribute";
    public static final String VALUE_TYPE = "value.type";
    public static final String SPLIT_DELIMITER = "split.delimiter";
    public static final String EXTRACT_PATTERN = "extract.pattern";
    public static final String ALLOW_PATTERN = "allow.pattern";
    public static final String TRIM = "trim";
    public static final String DEDUPLICATE = "deduplicate";
    public static final String MAX_VALUES = "max.values";
    public static final String ABSENT_CLAIM = "absent.claim";

    public static final String DEFAULT_USER_ATTRIBUTE = "flowxIdPGroups";
    /** The user's own properties, which Keycloak's broker sets from the identity provider itself. */
    static final Set<String> USER_PROPERTIES = Set.of(UserModel.USERNAME, UserModel.EMAIL, UserModel.FIRST_NAME,
            UserModel.LAST_NAME, UserModel.EMAIL_VERIFIED, UserModel.ENABLED);

    private final Map<String, String> config;

    public RuntimeAttributeMapperConfig(Map<String, String> config) {
        this.config = config == null ? Map.of() : config;
    }

    static ProviderConfigProperty oidcSource() {
        return ProviderConfigurationBuilder.create().property()
                .name(CLAIMS).label("Source claims").type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .helpText("Claims to read, merged in the order listed. Plain names (groups), nested paths "
                        + "(realm_access.roles), names containing dots escaped with a backslash "
                        + "(https://idp\\.example\\.com/groups), and a field of every object in an array "
                        + "(groups.displayName). Each claim is looked up in the ID token, then the access token, "
                        + "then the userinfo response; the first that carries it wins.")
                .add().build().get(0);
    }

    static ProviderConfigProperty samlSource() {
        return ProviderConfigurationBuilder.create().property()
                .name(SAML_ATTRIBUTES).label("Source attributes").type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .helpText("SAML attributes to read, merged in the order listed. Each entry matches an attribute's "
                        + "Name or its FriendlyName; all values of every matching attribute are taken.")
                .add().build().get(0);
    }

    /** The full property list for a mapper whose source is {@code source}; built once per mapper class. */
    static List<ProviderConfigProperty> properties(ProviderConfigProperty source) {
        return ProviderConfigurationBuilder.create()
                .property(source)
                .property().name(USER_ATTRIBUTE).label("User attribute").type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_USER_ATTRIBUTE)
                .helpText("User attribute that receives the values, e.g. flowxIdPGroups, businessFilter or "
                        + "designerUser. Declare it in the realm's user profile (admin-only), or Keycloak ignores it.")
                .add()
                .property().name(VALUE_TYPE).label("Value type").type(ProviderConfigProperty.LIST_TYPE)
                .options(ValueType.STRING_LIST.configValue(), ValueType.BOOLEAN.configValue())
                .defaultValue(ValueType.STRING_LIST.configValue())
                .helpText("string-list stores every value. boolean expects exactly one of true/false, 1/0, "
                        + "yes/no (any case) and stores true or false; anything else is logged and removes the "
                        + "attribute (a claim that cannot be read grants nothing).")
                .add()
                .property().name(SPLIT_DELIMITER).label("Split delimiter").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Split each value on this literal text, for IdPs that send 'a;b;c' in one string. "
                        + "Empty: no split.")
                .add()
                .property().name(EXTRACT_PATTERN).label("Extract pattern").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Java regex with a capture group that the whole value must match; the group (with "
                        + "alternatives, the first group that matched) becomes the value and values that do not "
                        + "match are dropped. CN=([^,]+),.* turns 'CN=Finance Reviewers,OU=Groups,DC=corp' into "
                        + "'Finance Reviewers'.")
                .add()
                .property().name(ALLOW_PATTERN).label("Allow pattern").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Java regex the whole value must match to be kept (applied after extraction). "
                        + "Empty: keep everything.")
                .add()
                .property().name(TRIM).label("Trim values").type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue("true").helpText("Remove leading and trailing white space from each value.")
                .add()
                .property().name(DEDUPLICATE).label("Remove duplicates").type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue("true").helpText("Keep the first of equal values.")
                .add()
                .property().name(MAX_VALUES).label("Maximum values").type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(String.valueOf(ValueTransforms.DEFAULT_MAX_VALUES))
                .helpText("Keep at most this many values (1 to " + ValueTransforms.MAX_MAX_VALUES + "); the rest are "
                        + "dropped and the login log says so. Values longer than " + ValueTransforms.MAX_VALUE_LENGTH
                        + " characters are always dropped.")
                .add()
                .property().name(ABSENT_CLAIM).label("When the claim is absent").type(ProviderConfigProperty.LIST_TYPE)
                .options(AbsentClaim.REMOVE.configValue(), AbsentClaim.KEEP.configValue())
                .defaultValue(AbsentClaim.REMOVE.configValue())
                .helpText("remove: the attribute becomes exactly what the IdP sends, so nothing sent means no "
                        + "attribute. keep: leave the last imported value.")
                .add()
                .build();
    }

    public String userAttribute() {
        String value = config.get(USER_ATTRIBUTE);
        return value == null || value.isBlank() ? DEFAULT_USER_ATTRIBUTE : value.trim();
    }

    public List<String> claims() {
        return multivalued(CLAIMS);
    }

    public List<String> samlAttributes() {
        return multivalued(SAML_ATTRIBUTES);
    }

    /** Builds the import rule; throws {@link IllegalArgumentException} naming the bad field. */
    public ClaimImport claimImport(List<String> sources, Function<String, ClaimPath> parser, String sourceField) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(sourceField + ": at least one source is required");
        }
        if (USER_PROPERTIES.contains(userAttribute())) {
            // Keycloak's own importer sets these from the identity; removing one would blank a user's email
            throw new IllegalArgumentException(USER_ATTRIBUTE + ": '" + userAttribute() + "' is a property Keycloak"
                    + " imports itself, not an attribute this mapper may write");
        }
        List<ClaimPath> paths = new ArrayList<>();
        for (String source : sources) {
            paths.add(parser.apply(source));
        }
        ValueTransforms transforms = ValueTransforms.builder()
                .split(config.get(SPLIT_DELIMITER))
                .trim(flag(TRIM, true))
                .extract(config.get(EXTRACT_PATTERN))
                .allow(config.get(ALLOW_PATTERN))
                .deduplicate(flag(DEDUPLICATE, true))
                .maxValues(maxValues())
                .build();
        return new ClaimImport(paths, ValueType.fromConfig(config.get(VALUE_TYPE)), transforms,
                AbsentClaim.fromConfig(config.get(ABSENT_CLAIM)));
    }

    private int maxValues() {
        String value = config.get(MAX_VALUES);
        if (value == null || value.isBlank()) {
            return ValueTransforms.DEFAULT_MAX_VALUES;
        }
        int max;
        try {
            max = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_VALUES + ": '" + LogText.safe(value) + "' is not a whole number");
        }
        if (max < 1 || max > ValueTransforms.MAX_MAX_VALUES) {
            throw new IllegalArgumentException(MAX_VALUES + ": must be between 1 and " + ValueTransforms.MAX_MAX_VALUES
                    + ", was " + max);
        }
        return max;
    }

    private boolean flag(String key, boolean defaultValue) {
        String value = config.get(key);
        return value == null || value.isBlank() ? defaultValue : Boolean.parseBoolean(value.trim());
    }

    /** Keycloak stores a multivalued string as one value joined with {@link Constants#CFG_DELIMITER}. */
    private List<String> multivalued(String key) {
        String joined = config.get(key);
        List<String> values = new ArrayList<>();
        if (joined == null) {
            return values;
        }
        int start = 0;
        int at;
        while ((at = joined.indexOf(Constants.CFG_DELIMITER, start)) >= 0) {
            addNonBlank(values, joined.substring(start, at));
            start = at + Constants.CFG_DELIMITER.length();
        }
        addNonBlank(values, joined.substring(start));
        return values;
    }

    private static void addNonBlank(List<String> values, String value) {
        if (!value.isBlank()) {
            values.add(value.trim());
        }
    }
}
