package io.github.courseport.adapters.http.naptime.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.WireJson;
import io.github.courseport.core.domain.Certificate;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.ForumPost;
import io.github.courseport.core.domain.ItemAttempts;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.LearnerNote;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.PeerReview;
import io.github.courseport.core.domain.PeerSubmission;
import io.github.courseport.core.domain.ProgrammingAssignmentWork;
import io.github.courseport.core.domain.PromptAnswers;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.domain.WorkPart;
import io.github.courseport.core.error.InvalidDataException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The learner's work, read from shapes known only from clients' types: what is understood is
 * mapped, the rest kept as extras, and an answer that cannot be read at all is an error that the
 * API layer names (never a crash, never silence).
 */
class WorkMappingTest {
  private static final CourseId COURSE = new CourseId("s5sEkwAHEeW9ISIACxWDhA");
  private static final ItemId ITEM = new ItemId("Nq1Qz");

  private static JsonNode json(String text) {
    return WireJson.parse(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8)).orElseThrow();
  }

  @Test
  void aQueryStateIsReadWhereverTheRootFieldPutsIt() {
    for (String answer :
        List.of(
            "{'data': {'SubmissionState_Query': {'queryState': %s}}}",
            "{'data': {'queryState': %s}}")) {
      WorkMapping.GatewayAnswer a =
          WorkMapping.queryState(
              ITEM,
              json(
                  answer.formatted(
                      "{'attempts': {'attemptsMade': 2, 'attemptLimit': 3, 'extra': true,"
                          + " 'lastSubmission': {'id': 's2', 'submittedAt': '2015-09-24T10:40:00Z',"
                          + " 'score': 9, 'maxScore': 10},"
                          + " 'submissions': [{'id': 's1', 'submittedAt': 1442918400000,"
                          + " 'score': 6, 'maxScore': 10}]},"
                          + " 'outcome': {'earnedGrade': 0.9, 'isPassed': true,"
                          + " 'latePenaltyRatio': 0.1, 'gradeOverride': null},"
                          + " 'feedback': {'latestScore': 9, 'highestScore': 9, 'maxScore': 10,"
                          + " 'text': 'Good'}, 'newField': [1]}")));
      ItemAttempts s = a.attempts();
      assertThat(s).isNotNull();
      assertThat(a.errors()).isEmpty();
      assertThat(s.attemptsMade()).isEqualTo(2);
      assertThat(s.attemptsAllowed()).isEqualTo(3);
      // Each submission once: the last one is also listed.
      assertThat(s.submissions()).extracting(x -> x.id()).containsExactly("s1", "s2");
      assertThat(s.submissions().get(0).submittedAt())
          .isEqualTo(Instant.ofEpochMilli(1442918400000L));
      assertThat(s.submissions().get(1).submittedAt())
          .isEqualTo(Instant.parse("2015-09-24T10:40:00Z"));
      assertThat(s.earnedGrade()).isEqualTo(0.9);
      assertThat(s.passed()).isTrue();
      assertThat(s.latePenaltyRatio()).isEqualTo(0.1);
      assertThat(s.maxScore()).isEqualTo(10.0);
      assertThat(s.feedback()).isEqualTo("Good");
      assertThat(s.extras().fields()).containsKeys("attempts.extra", "newField");
    }
  }

  @Test
  void graphqlErrorsAreKeptBesideWhatCameAndAloneAreAFailure() {
    WorkMapping.GatewayAnswer partial =
        WorkMapping.queryState(
            ITEM,
            json(
                "{'data': {'q': {'queryState': {'attempts': {'attemptsMade': 1}}}},"
                    + " 'errors': [{'message': 'feedback is unavailable'}]}"));
    assertThat(partial.attempts()).isNotNull();
    assertThat(partial.attempts().problems()).containsExactly("feedback is unavailable");
    assertThat(partial.failed()).isFalse();
    WorkMapping.GatewayAnswer failed =
        WorkMapping.queryState(
            ITEM, json("{'data': null, 'errors': [{'message': 'Item not found'}]}"));
    assertThat(failed.failed()).isTrue();
    assertThat(failed.errors()).containsExactly("Item not found");
    WorkMapping.GatewayAnswer none =
        WorkMapping.queryState(ITEM, json("{'data': {'q': {'queryState': null}}}"));
    assertThat(none.attempts()).isNull();
    assertThat(none.failed()).isFalse();
  }

  @Test
  void anAnswerOfAnotherShapeIsAnErrorThatSaysWhatCame() {
    assertThatThrownBy(
            () ->
                WorkMapping.queryState(
                    ITEM, json("{'data': {'SubmissionState_Query': {'state': {}}}}")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("no queryState")
        .hasMessageContaining("SubmissionState_Query");
    assertThatThrownBy(() -> WorkMapping.queryState(ITEM, json("[1]")))
        .isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> WorkMapping.queryState(ITEM, json("{'data': null}")))
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void aPeerSubmissionKeepsItsMarkupItsPromptsAndItsReviewersWords() {
    Envelope page =
        Envelope.parse(
            json(
                "{'elements': [{'id': 'C~Av4bb~sub1', 'userId': 1, 'createdAt': 1444900000000,"
                    + " 'isDraft': false, 'submission': {'title': 'T', 'parts': {"
                    + " 'p1': {'typeName': 'richText', 'definition': {'richText': {'typeName': 'cml',"
                    + " 'definition': {'dtdId': 'assess/1', 'value': '<co-content><script>x</script></co-content>'}}}},"
                    + " 'p2': {'typeName': 'url', 'definition': {'url': 'https://e.invalid/x', 'title': 'Img'}}}}}],"
                    + " 'linked': {'onDemandPeerSubmissionSchemas.v1': [{'id': 'C~Av4bb', 'parts': ["
                    + " {'id': 'p1', 'prompt': 'Which artwork?'}]}],"
                    + " 'onDemandPeerReviewSchemas.v1': [{'id': 'C~Av4bb', 'parts': ["
                    + " {'id': 'r1', 'prompt': {'typeName': 'cml', 'definition': {'value': 'Clear?'}}}]}]}}"));
    Envelope reviewsPage =
        Envelope.parse(
            json(
                "{'elements': [{'id': 'rv1', 'reviewerId': 55, 'score': 8, 'maxScore': 10,"
                    + " 'review': {'parts': {'r1': {'typeName': 'singleChoice', 'definition':"
                    + " {'option': 'Claro', 'points': 2, 'maxPoints': 3}}}}}],"
                    + " 'linked': {'onDemandSocialProfiles.v1': [{'id': 55, 'fullName': '佐藤 花子'}]}}"));
    assertThat(WorkMapping.peerSubmissionId(COURSE, new ItemId("Av4bb"), page.elements().get(0)))
        .isEqualTo("C~Av4bb~sub1");
    List<PeerReview> reviews =
        WorkMapping.peerReviews(reviewsPage.elements(), List.of(reviewsPage), page);
    PeerSubmission s = WorkMapping.peerSubmission(page.elements().get(0), page, reviews);
    assertThat(s.id()).isEqualTo("sub1");
    assertThat(s.title()).isEqualTo("T");
    assertThat(s.draft()).isFalse();
    WorkPart rich = s.parts().get(0);
    assertThat(rich.prompt()).isEqualTo("Which artwork?");
    assertThat(rich.text()).isEqualTo("<co-content><script>x</script></co-content>");
    // What the CML said besides the words (its type, its DTD) is kept, without the words.
    assertThat(rich.extras().fields().get("definition.richText"))
        .contains("assess/1")
        .doesNotContain("script");
    assertThat(s.parts().get(1).url()).isEqualTo("https://e.invalid/x");
    assertThat(s.parts().get(1).extras().fields()).containsKey("definition.title");
    PeerReview r = s.reviews().get(0);
    assertThat(r.reviewerId()).isEqualTo(new UserId(55));
    assertThat(r.reviewerName()).isEqualTo("佐藤 花子");
    assertThat(r.parts().get(0))
        .extracting(WorkPart::prompt, WorkPart::text, WorkPart::score, WorkPart::maxScore)
        .containsExactly("Clear?", "Claro", 2.0, 3.0);
  }

  @Test
  void programmingPromptsNotesAndCertificates() {
    ProgrammingAssignmentWork p =
        WorkMapping.programming(
            new ItemId("qZ4dd"),
            (ObjectNode)
                json(
                    "{'id': 'C~qZ4dd', 'submissionLearnerSchema': {'parts': [{'id': 'a', 'title':"
                        + " 'Part A', 'maxScore': 10}]}, 'learnerSubmissions': [{'id': 's1',"
                        + " 'createdAt': 1446000000000, 'score': 7, 'maxScore': 10, 'parts': {'a':"
                        + " {'score': 7, 'maxScore': 10, 'feedback': '3 tests failed'}}}],"
                        + " 'score': 7, 'maxScore': 10, 'isPassed': false}"));
    assertThat(p.parts()).extracting(WorkPart::prompt).containsExactly("Part A");
    assertThat(p.submissions().get(0).parts().get(0).text()).isEqualTo("3 tests failed");
    assertThat(p.passed()).isFalse();
    ObjectNode prompt = (ObjectNode) json("{'id': '1~C~Fr2cc', 'courseForumQuestionId': 'C~q1'}");
    Envelope linked =
        Envelope.parse(
            json(
                "{'elements': [], 'linked': {'onDemandCourseForumQuestions.v1': [{'id': 'C~q1',"
                    + " 'question': {'title': 'Discuss'}, 'content': {'typeName': 'cml',"
                    + " 'definition': {'dtdId': 'discussion/1', 'value': '<co-content>Ask</co-content>'}}}]}}"));
    assertThat(WorkMapping.promptQuestion(COURSE, prompt, linked)).isEqualTo("C~q1");
    ObjectNode answer =
        (ObjectNode)
            json(
                "{'id': 'C~a1', 'courseForumQuestionId': 'C~q1', 'creatorId': 3060151,"
                    + " 'content': {'typeName': 'cml', 'definition': {'value': 'Mine'}}}");
    assertThat(WorkMapping.byLearner(answer, new UserId(3060151))).isTrue();
    assertThat(WorkMapping.byLearner(answer, new UserId(1))).isFalse();
    ForumPost post = WorkMapping.forumPost(answer, "answer");
    assertThat(post.text()).isEqualTo("Mine");
    assertThat(post.questionId()).isEqualTo("q1");
    PromptAnswers pa = WorkMapping.prompt(new ItemId("Fr2cc"), prompt, linked, List.of(post), 4);
    assertThat(pa.title()).isEqualTo("Discuss");
    assertThat(pa.prompt()).isEqualTo("<co-content>Ask</co-content>");
    assertThat(pa.questionId()).isEqualTo("q1");
    assertThat(pa.answersRead()).isEqualTo(4);
    LearnerNote n =
        WorkMapping.note(
            (ObjectNode)
                json(
                    "{'id': '1~C~n1', 'itemId': 'JguqW', 'userText': 'mine', 'createdAt':"
                        + " 1442000000000, 'details': {'videoTimestamp': 312000}}"),
            new ModuleId("SkoZT"));
    assertThat(n.moduleId()).isEqualTo(new ModuleId("SkoZT"));
    assertThat(n.itemId()).isEqualTo(new ItemId("JguqW"));
    assertThat(n.extras().fields()).containsKey("details");
    Certificate c =
        WorkMapping.certificate(
            COURSE,
            (ObjectNode)
                json(
                    "{'id': '1~C', 'certificateCode': '7XK3Q9PLM2AB', 'grade': 0.96,"
                        + " 'grantedAt': 1446200000000}"));
    assertThat(c.verificationUrl())
        .isEqualTo("https://www.coursera.org/account/accomplishments/verify/7XK3Q9PLM2AB");
    assertThat(c.grantedAt()).isEqualTo(Instant.ofEpochMilli(1446200000000L));
    // A code that is no plain token never becomes a link.
    assertThat(Certificate.verifyUrl("a/../b")).isNull();
    assertThat(Certificate.verifyUrl("javascript:alert(1)")).isNull();
  }
}
