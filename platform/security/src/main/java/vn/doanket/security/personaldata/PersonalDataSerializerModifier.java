package vn.doanket.security.personaldata;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import java.util.List;

/** Replaces the writers of {@link PersonalData} properties by {@link PersonalDataPropertyWriter}s. */
final class PersonalDataSerializerModifier extends BeanSerializerModifier {

    private static final long serialVersionUID = 1L;

    private final transient PersonalDataDisclosure disclosure;

    PersonalDataSerializerModifier(PersonalDataDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription beanDesc,
                                                     List<BeanPropertyWriter> beanProperties) {
        for (int i = 0; i < beanProperties.size(); i++) {
            BeanPropertyWriter writer = beanProperties.get(i);
            PersonalData personalData = writer.getAnnotation(PersonalData.class);
            if (personalData == null) {
                continue;
            }
            String subject = personalData.subject();
            if (!subject.isEmpty()) {
                for (BeanPropertyDefinition property : beanDesc.findProperties()) {
                    AnnotatedMember accessor = property.getAccessor();
                    if (property.getName().equals(subject) && accessor != null
                            && accessor.hasAnnotation(PersonalData.class)) {
                        throw PersonalDataDisclosure.personalSubject(beanDesc.getBeanClass(), subject);
                    }
                }
            }
            String field = beanDesc.getBeanClass().getSimpleName() + "." + writer.getName();
            beanProperties.set(i, new PersonalDataPropertyWriter(writer, personalData.value(), subject, field, disclosure));
        }
        return beanProperties;
    }
}
