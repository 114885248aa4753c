package org.scalingadvisor.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import org.scalingadvisor.http.Caller;
import org.scalingadvisor.http.Callers;

import java.util.Map;

/** Every page says who is signed in (a person through OpenID Connect), so the banner can offer to sign out. */
@Singleton
final class SignedInModel implements ViewModelProcessor<Map<String, Object>> {

    static final String SIGNED_IN = "signedIn";

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        // The sign-out page is answered to a request that still carried the cookie it drops.
        boolean signingOut = request.getPath().equals("/sign-out");
        page.getModel().ifPresent(model -> model.put(SIGNED_IN, Callers.find(request)
                .filter(caller -> caller.kind() == Caller.Kind.PERSON && !signingOut).map(Caller::id).orElse(null)));
    }
}
