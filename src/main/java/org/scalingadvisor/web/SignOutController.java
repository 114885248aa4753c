package org.scalingadvisor.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;

/**
 * Signing out: the id token cookie is dropped and a page says so. Not a redirect to the start page:
 * that would send the browser on to the provider's sign-in, which the pages' form-action policy
 * forbids as the end of a form post.
 */
@Controller
class SignOutController {

    @Post(uri = "/sign-out", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL}, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signOut() {
        return HttpResponse.ok(new ModelAndView<>("signed-out", new HashMap<String, Object>()))
                .cookie(Cookie.of("JWT", "").path("/").maxAge(0).httpOnly(true).sameSite(SameSite.Lax));
    }
}
