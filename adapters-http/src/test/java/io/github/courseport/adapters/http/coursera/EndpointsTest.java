package io.github.courseport.adapters.http.coursera;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.courseport.adapters.http.exchange.ApiRequest;
import io.github.courseport.adapters.http.exchange.Host;
import io.github.courseport.adapters.http.naptime.Expect;
import io.github.courseport.adapters.http.naptime.NaptimeIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The endpoint table builds, byte for byte, the requests the adapter sent before it existed (when
 * each URL was made by a Feign interface): the expected lists and families are copied from the raw
 * index of an archive exported then. Ids in paths are encoded as one segment each.
 */
class EndpointsTest {
  private final Endpoints endpoints = new Endpoints(100);

  @Test
  void listsAskWithTheirFieldsIncludesAndPageSize() {
    assertThat(endpoints.memberships(null).url())
        .isEqualTo(
            "/api/memberships.v1?q=me&includes=courseId%2Ccourses.v1&fields=userId%2CcourseId"
                + "%2Crole%2Ctimestamp%2Ccourses.v1%28slug%2Cname%2CcourseType%29&showHidden=true"
                + "&filter=current%2CpreEnrolled&limit=100");
    assertThat(endpoints.openMemberships("3060151", null).url())
        .isEqualTo("/api/openCourseMemberships.v1?q=findByUser&userId=3060151");
    assertThat(endpoints.specializationMemberships(null).url())
        .isEqualTo("/api/onDemandSpecializationMemberships.v1?q=me&includes=s12nId&limit=100");
    assertThat(endpoints.courseLists(null).url()).isEqualTo("/api/courseLists.v1?q=me&limit=100");
    assertThat(endpoints.courseLists("c~2").url())
        .isEqualTo("/api/courseLists.v1?q=me&start=c~2&limit=100");
    ApiRequest enrollments = endpoints.enrollments();
    assertThat(enrollments.url()).isEqualTo("/api/users/v1/me/enrollments");
    assertThat(enrollments.host()).isEqualTo(Host.API);
    assertThat(endpoints.profile().url())
        .isEqualTo("/api/externalBasicProfiles.v1?q=me&fields=timezone%2Clocale%2Cprivacy");
  }

  @Test
  void catalogAndFamiliesAskAsBefore() {
    assertThat(endpoints.v1Courses(NaptimeIds.join(List.of("101", "109"))).url())
        .isEqualTo(
            "/api/catalog.v1/courses?ids=101%2C109&fields=shortName%2Cname%2Cphoto"
                + "%2CsmallIconHover%2CshortDescription"
                + "&includes=universities%2Cinstructors%2Ccategories%2Csessions");
    assertThat(endpoints.v1Sessions("900004").url())
        .isEqualTo("/api/catalog.v1/sessions?ids=900004");
    assertThat(
            endpoints
                .progressByIds(NaptimeIds.composite("3060151", "GdeNrll1EeSROyIACtiVvg"))
                .url())
        .isEqualTo("/api/onDemandCoursesProgress.v1?ids=3060151~GdeNrll1EeSROyIACtiVvg");
    assertThat(endpoints.homeProgressByIds("3060151~GdeNrll1EeSROyIACtiVvg").url())
        .isEqualTo(
            "/api/onDemandHomeProgress.v1?ids=3060151~GdeNrll1EeSROyIACtiVvg"
                + "&fields=modulesCompleted%2CmodulesPassed");
    assertThat(endpoints.schedulesByIds("-xN4hoyKU3v9jxrUcxQ2AA").url())
        .isEqualTo(
            "/api/onDemandCourseSchedules.v1?ids=-xN4hoyKU3v9jxrUcxQ2AA&fields=defaultSchedule");
    assertThat(endpoints.defaultNotes("-xN4hoyKU3v9jxrUcxQ2AA", null).url())
        .isEqualTo(
            "/api/onDemandDefaultInstructorNotes.v1?q=byCourse&courseId=-xN4hoyKU3v9jxrUcxQ2AA"
                + "&includes=instructorIds&fields=instructors.v1%28fullName%29");
    assertThat(
            endpoints
                .classmates("-xN4hoyKU3v9jxrUcxQ2AA", "426dcf219d98090b7ddfe57692d111ee", null)
                .url())
        .isEqualTo(
            "/api/onDemandClassmateProfiles.v1?q=byExternalIds&courseId=-xN4hoyKU3v9jxrUcxQ2AA"
                + "&externalUserIds=426dcf219d98090b7ddfe57692d111ee&includes=userId%2C_links");
    assertThat(endpoints.experiments("3060151", "modern-postmodern-2", null).url())
        .isEqualTo(
            "/api/onDemandHomeExperiments.v1?q=byUserAndCourse&userId=3060151"
                + "&courseSlug=modern-postmodern-2");
  }

  @Test
  void elementRequestsEncodeTheirIdsAsPathSegments() {
    ApiRequest grades = endpoints.grades("a b/c~d");
    assertThat(grades.url()).isEqualTo("/api/onDemandCourseGrades.v1/a%20b%2Fc~d");
    assertThat(grades.expect()).isEqualTo(Expect.ELEMENT);
    assertThat(endpoints.opencourse("7", "my-course").url())
        .isEqualTo("/api/opencourse.v1/user/7/course/my-course");
  }
}
