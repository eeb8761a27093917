package io.newsflow.app.it.security;

import io.newsflow.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs docs/operators.md ("Security: TLS, SASL and ACLs") says enrich and publish need, for the principals
 * {@code User:enrich} and {@code User:publish}: if the table misses one, the SCRAM test's stages fail to run.
 */
final class DocumentedAcls {

    private DocumentedAcls() {}

    static List<AclBinding> forStages(Topics topics, String enrichApplicationId, String publishApplicationId) {
        List<AclBinding> acls = new ArrayList<>();
        String prefix = topics.rawArticles().name().substring(0, topics.rawArticles().name().length() - "raw.v1".length());
        for (String user : List.of("enrich", "publish")) {
            add(acls, user, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.DESCRIBE);
        }
        add(acls, "enrich", ResourceType.TOPIC, topics.rawArticles().name(), PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        add(acls, "enrich", ResourceType.TOPIC, topics.enrichedArticles().name(), PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        add(acls, "enrich", ResourceType.TOPIC, topics.deadLetters().name(), PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        add(acls, "enrich", ResourceType.TOPIC, enrichApplicationId + "-", PatternType.PREFIXED, AclOperation.CREATE,
                AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS);
        add(acls, "enrich", ResourceType.GROUP, enrichApplicationId, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        add(acls, "enrich", ResourceType.TRANSACTIONAL_ID, enrichApplicationId + "-", PatternType.PREFIXED,
                AclOperation.WRITE, AclOperation.DESCRIBE);
        add(acls, "publish", ResourceType.TOPIC, topics.enrichedArticles().name(), PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        add(acls, "publish", ResourceType.TOPIC, topics.articles().name(), PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        add(acls, "publish", ResourceType.TOPIC, topics.mentions().name(), PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        add(acls, "publish", ResourceType.TOPIC, topics.stories().name(), PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        add(acls, "publish", ResourceType.TOPIC, publishApplicationId + "-", PatternType.PREFIXED, AclOperation.CREATE,
                AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS);
        add(acls, "publish", ResourceType.TOPIC, topics.deadLetters().name(), PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        add(acls, "publish", ResourceType.GROUP, publishApplicationId, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        add(acls, "publish", ResourceType.TRANSACTIONAL_ID, publishApplicationId + "-", PatternType.PREFIXED,
                AclOperation.WRITE, AclOperation.DESCRIBE);
        return acls;
    }

    private static void add(List<AclBinding> acls, String user, ResourceType type, String name, PatternType pattern,
            AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
        }
    }
}
