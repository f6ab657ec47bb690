package vn.doanket.security.personaldata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;

import java.util.Optional;

/**
 * Writes a {@link PersonalData} property: the value when the caller may see it (after recording the
 * reveal, for recorded kinds), else its mask. Nulls are written as the plain writer would.
 */
final class PersonalDataPropertyWriter extends BeanPropertyWriter {

    private static final long serialVersionUID = 1L;

    private final PersonalDataKind kind;
    private final String subjectProperty;
    private final String field;
    private final transient PersonalDataDisclosure disclosure;

    PersonalDataPropertyWriter(BeanPropertyWriter base, PersonalDataKind kind, String subjectProperty, String field,
                               PersonalDataDisclosure disclosure) {
        super(base);
        this.kind = kind;
        this.subjectProperty = subjectProperty;
        this.field = field;
        this.disclosure = disclosure;
    }

    private PersonalDataPropertyWriter(PersonalDataPropertyWriter base, PropertyName name) {
        super(base, name);
        this.kind = base.kind;
        this.subjectProperty = base.subjectProperty;
        this.field = base.field;
        this.disclosure = base.disclosure;
    }

    @Override
    protected BeanPropertyWriter _new(PropertyName newName) {
        return new PersonalDataPropertyWriter(this, newName);
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
        Object value = get(bean);
        if (absent(value) || disclosure.reveal(kind, subjectProperty, field, bean, gen, prov)) {
            super.serializeAsField(bean, gen, prov);
            return;
        }
        gen.writeFieldName(_name);
        writeMasked(value, gen, prov);
    }

    @Override
    public void serializeAsElement(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
        Object value = get(bean);
        if (absent(value) || disclosure.reveal(kind, subjectProperty, field, bean, gen, prov)) {
            super.serializeAsElement(bean, gen, prov);
            return;
        }
        writeMasked(value, gen, prov);
    }

    private void writeMasked(Object value, JsonGenerator gen, SerializerProvider prov) throws Exception {
        Object masked = kind.mask(value);
        if (masked == null) {
            gen.writeNull();
        } else {
            prov.defaultSerializeValue(masked, gen);
        }
    }

    private static boolean absent(Object value) {
        return value == null || (value instanceof Optional<?> optional && optional.isEmpty());
    }
}
