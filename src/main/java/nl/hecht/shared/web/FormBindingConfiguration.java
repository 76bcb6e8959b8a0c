package nl.hecht.shared.web;

import java.util.List;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * How every form is bound: with {@link FormDataBinder}, and with message codes that give each value that does not
 * convert a Dutch message by its type (see {@code typeMismatch.*} in {@code i18n/shared.properties}).
 */
@Configuration(proxyBeanMethods = false)
class FormBindingConfiguration implements WebMvcConfigurer {

    @Bean
    WebMvcRegistrations formBinding() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new FormHandlerAdapter();
            }
        };
    }

    @Override
    public MessageCodesResolver getMessageCodesResolver() {
        return new FormMessageCodes();
    }

    /** The standard adapter, with {@link FormDataBinder} for every model attribute. */
    static final class FormHandlerAdapter extends RequestMappingHandlerAdapter {

        @Override
        protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
            return new FormDataBinderFactory(binderMethods, getWebBindingInitializer());
        }
    }

    static final class FormDataBinderFactory extends ServletRequestDataBinderFactory {

        FormDataBinderFactory(List<InvocableHandlerMethod> binderMethods, WebBindingInitializer initializer) {
            super(binderMethods, initializer);
        }

        @Override
        protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
                NativeWebRequest request) {
            return new FormDataBinder(target, objectName);
        }
    }

    /**
     * The standard codes, plus {@code typeMismatch.java.lang.Enum} for every choice from a fixed list, so one message
     * covers all of them (a more specific code, such as {@code typeMismatch.playerForm.kind}, still wins).
     */
    static final class FormMessageCodes extends DefaultMessageCodesResolver {

        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
            String[] codes = super.resolveMessageCodes(errorCode, objectName, field, fieldType);
            if (fieldType == null || !fieldType.isEnum() || codes.length == 0) {
                return codes;
            }
            String[] more = new String[codes.length + 1];
            System.arraycopy(codes, 0, more, 0, codes.length - 1);
            more[codes.length - 1] = postProcessMessageCode(errorCode + CODE_SEPARATOR + Enum.class.getName());
            more[codes.length] = codes[codes.length - 1];
            return more;
        }
    }
}
