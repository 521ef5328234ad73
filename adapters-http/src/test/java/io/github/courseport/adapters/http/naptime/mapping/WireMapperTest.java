package io.github.courseport.adapters.http.naptime.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.courseport.adapters.http.naptime.Envelope;
import io.github.courseport.adapters.http.naptime.WireJson;
import io.github.courseport.core.domain.Classmate;
import io.github.courseport.core.domain.CourseGrade;
import io.github.courseport.core.domain.CourseId;
import io.github.courseport.core.domain.CourseProgress;
import io.github.courseport.core.domain.CourseSchedule;
import io.github.courseport.core.domain.DeadlineSettings;
import io.github.courseport.core.domain.Instructor;
import io.github.courseport.core.domain.ItemId;
import io.github.courseport.core.domain.LearnerProfile;
import io.github.courseport.core.domain.Membership;
import io.github.courseport.core.domain.ModuleId;
import io.github.courseport.core.domain.OnDemandCourse;
import io.github.courseport.core.domain.PartialDate;
import io.github.courseport.core.domain.PartnerId;
import io.github.courseport.core.domain.Session;
import io.github.courseport.core.domain.SessionCourse;
import io.github.courseport.core.domain.SessionId;
import io.github.courseport.core.domain.SocialProfile;
import io.github.courseport.core.domain.Specialization;
import io.github.courseport.core.domain.UserId;
import io.github.courseport.core.error.InvalidDataException;
import io.github.courseport.core.port.V1Enrollments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mappings over the seed's recorded answers (and a few hostile variants). */
class WireMapperTest {
  private static final CourseId COURSE = new CourseId("s5sEkwAHEeW9ISIACxWDhA");

  private static JsonNode json(String text) {
    return WireJson.parse(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8)).orElseThrow();
  }

  private static ObjectNode element(String text) {
    return (ObjectNode) json(text);
  }

  @Test
  void seedProgress() {
    CourseProgress p =
        WireMapper.progress(
            COURSE,
            element(
                "{'modules': {'7vAcK': 0, 'SkoZT': 100, 'HPSDs': 0}, 'lessons': {'slr3c': 100,"
                    + " 'f9Zs8': 0}, 'overall': 2, 'items': {'JguqW': {'timestamp': 1441492941520,"
                    + " 'progressState': 'Completed'}}, 'nextItem': 'mqOt5'}"));
    assertThat(p.overall()).isEqualTo(2.0);
    assertThat(p.modules()).containsEntry(new ModuleId("SkoZT"), 100.0).hasSize(3);
    assertThat(p.items().get(new ItemId("JguqW")).timestamp())
        .isEqualTo(Instant.ofEpochMilli(1441492941520L));
    assertThat(p.nextItem()).isEqualTo(new ItemId("mqOt5"));
    assertThat(p.extras().isEmpty()).isTrue();
  }

  @Test
  void seedEnrollmentsAreJoinedOnCourseIdNotPosition() {
    V1Enrollments v1 =
        WireMapper.v1Enrollments(
            json(
                "{'courses': [{'id': 228, 'name': 'Modern', 'shortName': 'modernpostmodern'},"
                    + " {'id': 77, 'name': 'Neural Networks', 'photo': 'p.png', 'shortName':"
                    + " 'neuralnets', 'smallIconHover': 's.png'}], 'enrollments': [{'active':"
                    + " false, 'courseId': 77, 'endDate': 1381104000, 'id': 19160093,"
                    + " 'isSigTrack': false, 'sessionId': 970603, 'startDate': 1375056000,"
                    + " 'startStatus': 'Past'}, {'courseId': 228, 'id': 2, 'isSigTrack': true}]}"));
    assertThat(v1.enrollments()).hasSize(2);
    var first = v1.enrollments().get(0);
    assertThat(first.courseId()).isEqualTo(CourseId.sessionBased(77));
    assertThat(first.sessionId()).isEqualTo(new SessionId(970603));
    assertThat(first.start()).isEqualTo(Instant.parse("2013-07-29T00:00:00Z"));
    assertThat(first.end()).isEqualTo(Instant.ofEpochSecond(1381104000L));
    assertThat(v1.enrollments().get(1).signatureTrack()).isTrue();
    // Courses follow the enrollments, joined by id.
    assertThat(v1.courses())
        .extracting(SessionCourse::id)
        .containsExactly(CourseId.sessionBased(77), CourseId.sessionBased(228));
    assertThat(v1.courses().get(0).name()).isEqualTo("Neural Networks");
    assertThat(v1.courses().get(0).slug()).isEqualTo("neuralnets");
  }

  @Test
  void seedClassmatesWithTheirLinkedSocialProfile() {
    Envelope e =
        Envelope.parse(
            json(
                "{'elements': [{'id': '6e7e36c1748d9150056fbfae2f769217', 'userId': 3060151,"
                    + " 'courseProgressPercentage': 0, 'isCourseCompleted': false, 'postsCount':"
                    + " 0, 'votesReceivedCount': 0}], 'paging': null, 'linked':"
                    + " {'onDemandSocialProfiles.v1': [{'id': 3060151, 'fullName': 'david"
                    + " furlong', 'photoUrl': '', 'courseRole': 'LEARNER'}]}, 'links':"
                    + " {'elements': {'userId': 'onDemandSocialProfiles.v1'}}}"));
    Map<UserId, SocialProfile> profiles = new HashMap<>();
    for (ObjectNode p : e.linked("onDemandSocialProfiles.v1")) {
      SocialProfile s = WireMapper.socialProfile(p);
      profiles.put(s.id(), s);
    }
    Classmate c = WireMapper.classmate(e.elements().get(0), profiles);
    assertThat(c.userId()).isEqualTo(new UserId(3060151));
    assertThat(c.socialProfile()).isNotNull();
    assertThat(c.socialProfile().fullName()).isEqualTo("david furlong");
    assertThat(c.socialProfile().photoUrl()).isNull(); // "" is none
    assertThat(c.courseCompleted()).isFalse();
  }

  @Test
  void seedCourseWithEmptyPartnerLogo() {
    OnDemandCourse c =
        WireMapper.onDemandCourse(
            element(
                "{'id': 's5sEkwAHEeW9ISIACxWDhA', 'partnerLogo': '', 'courseType':"
                    + " 'v2.ondemand', 'partnerIds': ['34'], 'slug': 'modern-postmodern-2',"
                    + " 'name': 'The Modern and the Postmodern (Part 2)', 'upcomingSessionId':"
                    + " 99}"));
    assertThat(c.partnerLogo()).isNull();
    assertThat(c.partnerIds()).containsExactly(new PartnerId("34"));
    assertThat(c.extras().fields()).containsOnlyKeys("upcomingSessionId");
  }

  @Test
  void seedDeadlinesScheduleAndGrades() {
    DeadlineSettings d =
        WireMapper.deadlines(
            COURSE,
            element(
                "{'userId': 3060151, 'courseId': 's5sEkwAHEeW9ISIACxWDhA', 'id':"
                    + " '3060151~s5sEkwAHEeW9ISIACxWDhA', 'start': 1441487282181, 'isEnabled':"
                    + " true, 'moduleDeadlines': [{'moduleId': 'SkoZT', 'deadline':"
                    + " 1442213999181}]}"));
    assertThat(d.enabled()).isTrue();
    assertThat(d.moduleDeadlines().get(0).deadline())
        .isEqualTo(Instant.ofEpochMilli(1442213999181L));
    assertThat(d.extras().isEmpty()).isTrue();

    CourseSchedule s =
        WireMapper.schedule(
            COURSE,
            element(
                "{'id': 's5sEkwAHEeW9ISIACxWDhA', 'defaultSchedule': {'periods': [{'moduleIds':"
                    + " ['SkoZT'], 'numberOfWeeks': 1}], 'timezone': 'UTC'}}"));
    assertThat(s.periods()).hasSize(1);
    assertThat(s.extras().fields()).containsEntry("defaultSchedule.timezone", "\"UTC\"");

    CourseGrade g =
        WireMapper.grade(
            COURSE,
            element(
                "{'id': 's5sEkwAHEeW9ISIACxWDhA', 'timestamp': 1441491952482, 'passingState':"
                    + " 'notPassed', 'itemGrades': {'a1b2c': {'grade': 0.9, 'state': 'passed'},"
                    + " 'z9y8x': 1}, 'passableItemsCount': 5, 'overallOutcome':"
                    + " {'passedItemsCount': 0, 'courseGrade': 0}, 'verifiedOutcome':"
                    + " {'passedItemsCount': 0, 'courseGrade': 0}}"));
    assertThat(g.passableItemsCount()).isEqualTo(5);
    assertThat(g.itemGrades()).hasSize(2);
    assertThat(g.itemGrades().get(new ItemId("z9y8x")).grade()).isEqualTo(1.0);
    assertThat(g.overallOutcome()).isNotNull();
  }

  @Test
  void sessionsWithMissingDateParts() {
    Session s =
        WireMapper.session(
            element("{'id': 971601, 'courseId': 77, 'startMonth': 10, 'startYear': 2012}"));
    assertThat(s.start()).isEqualTo(new PartialDate(2012, 10, null));
    assertThat(s.courseId()).isEqualTo(CourseId.sessionBased(77));
    Session bad =
        WireMapper.session(
            element("{'id': 1, 'startDay': 31, 'startMonth': 2, 'startYear': 2013}"));
    assertThat(bad.start().isUnknown()).isTrue();
    assertThat(bad.extras().fields()).containsKeys("startDay", "startMonth", "startYear");
  }

  @Test
  void catalogV1CourseAndInstructorShapes() {
    SessionCourse c =
        WireMapper.catalogV1Course(
            element(
                "{'id': 77, 'shortName': 'neuralnets', 'name': 'Neural Networks', 'links':"
                    + " {'universities': [13], 'instructors': [667], 'categories': [17, 11],"
                    + " 'sessions': [970603], 'topics': [1]}}"));
    assertThat(c.id()).isEqualTo(CourseId.sessionBased(77));
    assertThat(c.partnerIds()).containsExactly(new PartnerId("13"));
    assertThat(c.sessionIds()).containsExactly(new SessionId(970603));
    assertThat(c.extras().fields()).containsOnlyKeys("links.topics");

    Instructor i =
        WireMapper.instructor(
            element("{'id': 667, 'firstName': 'Geoffrey', 'lastName': 'Hinton'}"));
    assertThat(i.fullName()).isEqualTo("Geoffrey Hinton");
    Instructor both =
        WireMapper.instructor(
            element(
                "{'id': 804, 'firstName': 'Michael', 'lastName': 'Roth', 'fullName': 'M. Roth'}"));
    assertThat(both.fullName()).isEqualTo("M. Roth");
    assertThat(both.extras().fields()).containsOnlyKeys("firstName", "lastName");
  }

  @Test
  void membershipsFromBothResourcesAndTheirEnrichment() {
    Membership thin =
        WireMapper.membership(
            element(
                "{'id': '3060151~s5sEkwAHEeW9ISIACxWDhA', 'userId': 3060151, 'courseId':"
                    + " 's5sEkwAHEeW9ISIACxWDhA', 'role': 'LEARNER'}"));
    Membership open =
        WireMapper.membership(
            element(
                "{'userId': 3060151, 'courseId': 's5sEkwAHEeW9ISIACxWDhA', 'id':"
                    + " '3060151~s5sEkwAHEeW9ISIACxWDhA', 'timestamp': 1441487278151,"
                    + " 'courseRole': 'LEARNER'}"));
    assertThat(thin.timestamp()).isNull();
    assertThat(open.role()).isEqualTo("LEARNER");
    Membership both = WireMapper.enrich(thin, open);
    assertThat(both.timestamp()).isEqualTo(Instant.ofEpochMilli(1441487278151L));
    assertThat(both.role()).isEqualTo("LEARNER");
  }

  @Test
  void profileAndSpecialization() {
    LearnerProfile p =
        WireMapper.profile(
            element(
                "{'id': '3060151', 'userId': 3060151, 'fullName': '', 'timezone':"
                    + " 'Europe/London', 'externalId': '6e7e36c1748d9150056fbfae2f769217'}"),
            new UserId(1));
    assertThat(p.id()).isEqualTo(new UserId(3060151));
    assertThat(p.fullName()).isNull();
    assertThat(p.externalId()).isNotNull();
    Specialization s =
        WireMapper.specialization(
            element(
                "{'id': '-ajvNEeXEeWSIg6yKjoojw', 'slug': 'ios-development', 'name': 'iOS',"
                    + " 'tagline': '', 'description': 'd'}"));
    assertThat(s.tagline()).isNull();
    assertThat(s.id().value()).startsWith("-");
  }

  @Test
  void unreadableRequiredPartsAreInvalidData() {
    assertThatThrownBy(() -> WireMapper.membership(element("{'courseId': 'x'}")))
        .isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> WireMapper.partner(element("{'id': '34'}")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> WireMapper.onDemandCourse(element("{'id': 'a\\u0001b', 'name': 'n'}")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("cannot be read");
  }
}
