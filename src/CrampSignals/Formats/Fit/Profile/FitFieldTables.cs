namespace CrampSignals.Formats.Fit.Profile;

/// <summary>
/// The fields of the profile messages the project decodes (profile 21.212): per message,
/// <c>number:name:base type:scale:offset:units</c> entries separated by '|'. Parsed once by <see cref="FitProfile"/>.
/// </summary>
internal static class FitFieldTables
{
    /// <summary>(global message number, fields) pairs.</summary>
    public static readonly (ushort Message, string Fields)[] Messages =
    [
        // file_id
        (0, "0:type:0:1:0:|1:manufacturer:132:1:0:|2:product:132:1:0:|3:serial_number:140:1:0:|" +
            "4:time_created:134:1:0:|5:number:132:1:0:|8:product_name:7:1:0:|"),
        // file_creator
        (49, "0:software_version:132:1:0:|1:hardware_version:2:1:0:|"),
        // device_info
        (23, "253:timestamp:134:1:0:s|0:device_index:2:1:0:|1:device_type:2:1:0:|2:manufacturer:132:1:0:|" +
            "3:serial_number:140:1:0:|4:product:132:1:0:|5:software_version:132:100:0:|6:hardware_version:2:1:0:|" +
            "7:cum_operating_time:134:1:0:s|10:battery_voltage:132:256:0:V|11:battery_status:2:1:0:|" +
            "18:sensor_position:0:1:0:|19:descriptor:7:1:0:|20:ant_transmission_type:10:1:0:|" +
            "21:ant_device_number:139:1:0:|22:ant_network:0:1:0:|25:source_type:0:1:0:|27:product_name:7:1:0:|" +
            "32:battery_level:2:1:0:%|"),
        // event
        (21, "253:timestamp:134:1:0:s|0:event:0:1:0:|1:event_type:0:1:0:|2:data16:132:1:0:|3:data:134:1:0:|" +
            "4:event_group:2:1:0:|7:score:132:1:0:|8:opponent_score:132:1:0:|9:front_gear_num:10:1:0:|" +
            "10:front_gear:10:1:0:|11:rear_gear_num:10:1:0:|12:rear_gear:10:1:0:|13:device_index:2:1:0:|" +
            "14:activity_type:0:1:0:|15:start_timestamp:134:1:0:s|21:radar_threat_level_max:0:1:0:|" +
            "22:radar_threat_count:2:1:0:|23:radar_threat_avg_approach_speed:2:10:0:m/s|" +
            "24:radar_threat_max_approach_speed:2:10:0:m/s|"),
        // record
        (20, "253:timestamp:134:1:0:s|0:position_lat:133:1:0:semicircles|1:position_long:133:1:0:semicircles|" +
            "2:altitude:132:5:500:m|3:heart_rate:2:1:0:bpm|4:cadence:2:1:0:rpm|5:distance:134:100:0:m|" +
            "6:speed:132:1000:0:m/s|7:power:132:1:0:watts|8:compressed_speed_distance:13:1:0:|9:grade:131:100:0:%|" +
            "10:resistance:2:1:0:|11:time_from_course:133:1000:0:s|12:cycle_length:2:100:0:m|" +
            "13:temperature:1:1:0:C|17:speed_1s:2:16:0:m/s|18:cycles:2:1:0:cycles|19:total_cycles:134:1:0:cycles|" +
            "28:compressed_accumulated_power:132:1:0:watts|29:accumulated_power:134:1:0:watts|" +
            "30:left_right_balance:2:1:0:|31:gps_accuracy:2:1:0:m|32:vertical_speed:131:1000:0:m/s|" +
            "33:calories:132:1:0:kcal|39:vertical_oscillation:132:10:0:mm|" +
            "40:stance_time_percent:132:100:0:percent|41:stance_time:132:10:0:ms|42:activity_type:0:1:0:|" +
            "43:left_torque_effectiveness:2:2:0:percent|44:right_torque_effectiveness:2:2:0:percent|" +
            "45:left_pedal_smoothness:2:2:0:percent|46:right_pedal_smoothness:2:2:0:percent|" +
            "47:combined_pedal_smoothness:2:2:0:percent|48:time128:2:128:0:s|49:stroke_type:0:1:0:|50:zone:2:1:0:|" +
            "51:ball_speed:132:100:0:m/s|52:cadence256:132:256:0:rpm|53:fractional_cadence:2:128:0:rpm|" +
            "54:total_hemoglobin_conc:132:100:0:g/dL|55:total_hemoglobin_conc_min:132:100:0:g/dL|" +
            "56:total_hemoglobin_conc_max:132:100:0:g/dL|57:saturated_hemoglobin_percent:132:10:0:%|" +
            "58:saturated_hemoglobin_percent_min:132:10:0:%|59:saturated_hemoglobin_percent_max:132:10:0:%|" +
            "62:device_index:2:1:0:|67:left_pco:1:1:0:mm|68:right_pco:1:1:0:mm|" +
            "69:left_power_phase:2:0.7111111:0:degrees|70:left_power_phase_peak:2:0.7111111:0:degrees|" +
            "71:right_power_phase:2:0.7111111:0:degrees|72:right_power_phase_peak:2:0.7111111:0:degrees|" +
            "73:enhanced_speed:134:1000:0:m/s|78:enhanced_altitude:134:5:500:m|81:battery_soc:2:2:0:percent|" +
            "82:motor_power:132:1:0:watts|83:vertical_ratio:132:100:0:percent|" +
            "84:stance_time_balance:132:100:0:percent|85:step_length:132:10:0:mm|87:cycle_length16:132:100:0:m|" +
            "91:absolute_pressure:134:1:0:Pa|92:depth:134:1000:0:m|93:next_stop_depth:134:1000:0:m|" +
            "94:next_stop_time:134:1:0:s|95:time_to_surface:134:1:0:s|96:ndl_time:134:1:0:s|" +
            "97:cns_load:2:1:0:percent|98:n2_load:132:1:0:percent|99:respiration_rate:2:1:0:s|" +
            "108:enhanced_respiration_rate:132:100:0:Breaths/min|114:grit:136:1:0:|115:flow:136:1:0:|" +
            "116:current_stress:132:100:0:|117:ebike_travel_range:132:1:0:km|" +
            "118:ebike_battery_level:2:1:0:percent|119:ebike_assist_mode:2:1:0:depends on sensor|" +
            "120:ebike_assist_level_percent:2:1:0:percent|123:air_time_remaining:134:1:0:s|" +
            "124:pressure_sac:132:100:0:bar/min|125:volume_sac:132:100:0:L/min|126:rmv:132:100:0:L/min|" +
            "127:ascent_rate:133:1000:0:m/s|129:po2:2:100:0:percent|139:core_temperature:132:100:0:C|"),
        // lap
        (19, "254:message_index:132:1:0:|253:timestamp:134:1:0:s|0:event:0:1:0:|1:event_type:0:1:0:|" +
            "2:start_time:134:1:0:|3:start_position_lat:133:1:0:semicircles|" +
            "4:start_position_long:133:1:0:semicircles|5:end_position_lat:133:1:0:semicircles|" +
            "6:end_position_long:133:1:0:semicircles|7:total_elapsed_time:134:1000:0:s|" +
            "8:total_timer_time:134:1000:0:s|9:total_distance:134:100:0:m|10:total_cycles:134:1:0:cycles|" +
            "11:total_calories:132:1:0:kcal|12:total_fat_calories:132:1:0:kcal|13:avg_speed:132:1000:0:m/s|" +
            "14:max_speed:132:1000:0:m/s|15:avg_heart_rate:2:1:0:bpm|16:max_heart_rate:2:1:0:bpm|" +
            "17:avg_cadence:2:1:0:rpm|18:max_cadence:2:1:0:rpm|19:avg_power:132:1:0:watts|" +
            "20:max_power:132:1:0:watts|21:total_ascent:132:1:0:m|22:total_descent:132:1:0:m|23:intensity:0:1:0:|" +
            "24:lap_trigger:0:1:0:|25:sport:0:1:0:|26:event_group:2:1:0:|32:num_lengths:132:1:0:lengths|" +
            "33:normalized_power:132:1:0:watts|34:left_right_balance:132:1:0:|35:first_length_index:132:1:0:|" +
            "37:avg_stroke_distance:132:100:0:m|38:swim_stroke:0:1:0:|39:sub_sport:0:1:0:|" +
            "40:num_active_lengths:132:1:0:lengths|41:total_work:134:1:0:J|42:avg_altitude:132:5:500:m|" +
            "43:max_altitude:132:5:500:m|44:gps_accuracy:2:1:0:m|45:avg_grade:131:100:0:%|" +
            "46:avg_pos_grade:131:100:0:%|47:avg_neg_grade:131:100:0:%|48:max_pos_grade:131:100:0:%|" +
            "49:max_neg_grade:131:100:0:%|50:avg_temperature:1:1:0:C|51:max_temperature:1:1:0:C|" +
            "52:total_moving_time:134:1000:0:s|53:avg_pos_vertical_speed:131:1000:0:m/s|" +
            "54:avg_neg_vertical_speed:131:1000:0:m/s|55:max_pos_vertical_speed:131:1000:0:m/s|" +
            "56:max_neg_vertical_speed:131:1000:0:m/s|57:time_in_hr_zone:134:1000:0:s|" +
            "58:time_in_speed_zone:134:1000:0:s|59:time_in_cadence_zone:134:1000:0:s|" +
            "60:time_in_power_zone:134:1000:0:s|61:repetition_num:132:1:0:|62:min_altitude:132:5:500:m|" +
            "63:min_heart_rate:2:1:0:bpm|70:active_time:134:1000:0:s|71:wkt_step_index:132:1:0:|" +
            "74:opponent_score:132:1:0:|75:stroke_count:132:1:0:counts|76:zone_count:132:1:0:counts|" +
            "77:avg_vertical_oscillation:132:10:0:mm|78:avg_stance_time_percent:132:100:0:percent|" +
            "79:avg_stance_time:132:10:0:ms|80:avg_fractional_cadence:2:128:0:rpm|" +
            "81:max_fractional_cadence:2:128:0:rpm|82:total_fractional_cycles:2:128:0:cycles|" +
            "83:player_score:132:1:0:|84:avg_total_hemoglobin_conc:132:100:0:g/dL|" +
            "85:min_total_hemoglobin_conc:132:100:0:g/dL|86:max_total_hemoglobin_conc:132:100:0:g/dL|" +
            "87:avg_saturated_hemoglobin_percent:132:10:0:%|88:min_saturated_hemoglobin_percent:132:10:0:%|" +
            "89:max_saturated_hemoglobin_percent:132:10:0:%|91:avg_left_torque_effectiveness:2:2:0:percent|" +
            "92:avg_right_torque_effectiveness:2:2:0:percent|93:avg_left_pedal_smoothness:2:2:0:percent|" +
            "94:avg_right_pedal_smoothness:2:2:0:percent|95:avg_combined_pedal_smoothness:2:2:0:percent|" +
            "98:time_standing:134:1000:0:s|99:stand_count:132:1:0:|100:avg_left_pco:1:1:0:mm|" +
            "101:avg_right_pco:1:1:0:mm|102:avg_left_power_phase:2:0.7111111:0:degrees|" +
            "103:avg_left_power_phase_peak:2:0.7111111:0:degrees|104:avg_right_power_phase:2:0.7111111:0:degrees|" +
            "105:avg_right_power_phase_peak:2:0.7111111:0:degrees|106:avg_power_position:132:1:0:watts|" +
            "107:max_power_position:132:1:0:watts|108:avg_cadence_position:2:1:0:rpm|" +
            "109:max_cadence_position:2:1:0:rpm|110:enhanced_avg_speed:134:1000:0:m/s|" +
            "111:enhanced_max_speed:134:1000:0:m/s|112:enhanced_avg_altitude:134:5:500:m|" +
            "113:enhanced_min_altitude:134:5:500:m|114:enhanced_max_altitude:134:5:500:m|" +
            "115:avg_lev_motor_power:132:1:0:watts|116:max_lev_motor_power:132:1:0:watts|" +
            "117:lev_battery_consumption:2:2:0:percent|118:avg_vertical_ratio:132:100:0:percent|" +
            "119:avg_stance_time_balance:132:100:0:percent|120:avg_step_length:132:10:0:mm|" +
            "121:avg_vam:132:1000:0:m/s|122:avg_depth:134:1000:0:m|123:max_depth:134:1000:0:m|" +
            "124:min_temperature:1:1:0:C|136:enhanced_avg_respiration_rate:132:100:0:Breaths/min|" +
            "137:enhanced_max_respiration_rate:132:100:0:Breaths/min|147:avg_respiration_rate:2:1:0:|" +
            "148:max_respiration_rate:2:1:0:|149:total_grit:136:1:0:kGrit|150:total_flow:136:1:0:Flow|" +
            "151:jump_count:132:1:0:|153:avg_grit:136:1:0:kGrit|154:avg_flow:136:1:0:Flow|" +
            "156:total_fractional_ascent:2:100:0:m|157:total_fractional_descent:2:100:0:m|" +
            "158:avg_core_temperature:132:100:0:C|159:min_core_temperature:132:100:0:C|" +
            "160:max_core_temperature:132:100:0:C|"),
        // session
        (18, "254:message_index:132:1:0:|253:timestamp:134:1:0:s|0:event:0:1:0:|1:event_type:0:1:0:|" +
            "2:start_time:134:1:0:|3:start_position_lat:133:1:0:semicircles|" +
            "4:start_position_long:133:1:0:semicircles|5:sport:0:1:0:|6:sub_sport:0:1:0:|" +
            "7:total_elapsed_time:134:1000:0:s|8:total_timer_time:134:1000:0:s|9:total_distance:134:100:0:m|" +
            "10:total_cycles:134:1:0:cycles|11:total_calories:132:1:0:kcal|13:total_fat_calories:132:1:0:kcal|" +
            "14:avg_speed:132:1000:0:m/s|15:max_speed:132:1000:0:m/s|16:avg_heart_rate:2:1:0:bpm|" +
            "17:max_heart_rate:2:1:0:bpm|18:avg_cadence:2:1:0:rpm|19:max_cadence:2:1:0:rpm|" +
            "20:avg_power:132:1:0:watts|21:max_power:132:1:0:watts|22:total_ascent:132:1:0:m|" +
            "23:total_descent:132:1:0:m|24:total_training_effect:2:10:0:|25:first_lap_index:132:1:0:|" +
            "26:num_laps:132:1:0:|27:event_group:2:1:0:|28:trigger:0:1:0:|29:nec_lat:133:1:0:semicircles|" +
            "30:nec_long:133:1:0:semicircles|31:swc_lat:133:1:0:semicircles|32:swc_long:133:1:0:semicircles|" +
            "33:num_lengths:132:1:0:lengths|34:normalized_power:132:1:0:watts|" +
            "35:training_stress_score:132:10:0:tss|36:intensity_factor:132:1000:0:if|" +
            "37:left_right_balance:132:1:0:|38:end_position_lat:133:1:0:semicircles|" +
            "39:end_position_long:133:1:0:semicircles|41:avg_stroke_count:134:10:0:strokes/lap|" +
            "42:avg_stroke_distance:132:100:0:m|43:swim_stroke:0:1:0:swim_stroke|44:pool_length:132:100:0:m|" +
            "45:threshold_power:132:1:0:watts|46:pool_length_unit:0:1:0:|47:num_active_lengths:132:1:0:lengths|" +
            "48:total_work:134:1:0:J|49:avg_altitude:132:5:500:m|50:max_altitude:132:5:500:m|" +
            "51:gps_accuracy:2:1:0:m|52:avg_grade:131:100:0:%|53:avg_pos_grade:131:100:0:%|" +
            "54:avg_neg_grade:131:100:0:%|55:max_pos_grade:131:100:0:%|56:max_neg_grade:131:100:0:%|" +
            "57:avg_temperature:1:1:0:C|58:max_temperature:1:1:0:C|59:total_moving_time:134:1000:0:s|" +
            "60:avg_pos_vertical_speed:131:1000:0:m/s|61:avg_neg_vertical_speed:131:1000:0:m/s|" +
            "62:max_pos_vertical_speed:131:1000:0:m/s|63:max_neg_vertical_speed:131:1000:0:m/s|" +
            "64:min_heart_rate:2:1:0:bpm|65:time_in_hr_zone:134:1000:0:s|66:time_in_speed_zone:134:1000:0:s|" +
            "67:time_in_cadence_zone:134:1000:0:s|68:time_in_power_zone:134:1000:0:s|69:avg_lap_time:134:1000:0:s|" +
            "70:best_lap_index:132:1:0:|71:min_altitude:132:5:500:m|78:active_time:134:1000:0:s|" +
            "82:player_score:132:1:0:|83:opponent_score:132:1:0:|84:opponent_name:7:1:0:|" +
            "85:stroke_count:132:1:0:counts|86:zone_count:132:1:0:counts|87:max_ball_speed:132:100:0:m/s|" +
            "88:avg_ball_speed:132:100:0:m/s|89:avg_vertical_oscillation:132:10:0:mm|" +
            "90:avg_stance_time_percent:132:100:0:percent|91:avg_stance_time:132:10:0:ms|" +
            "92:avg_fractional_cadence:2:128:0:rpm|93:max_fractional_cadence:2:128:0:rpm|" +
            "94:total_fractional_cycles:2:128:0:cycles|95:avg_total_hemoglobin_conc:132:100:0:g/dL|" +
            "96:min_total_hemoglobin_conc:132:100:0:g/dL|97:max_total_hemoglobin_conc:132:100:0:g/dL|" +
            "98:avg_saturated_hemoglobin_percent:132:10:0:%|99:min_saturated_hemoglobin_percent:132:10:0:%|" +
            "100:max_saturated_hemoglobin_percent:132:10:0:%|101:avg_left_torque_effectiveness:2:2:0:percent|" +
            "102:avg_right_torque_effectiveness:2:2:0:percent|103:avg_left_pedal_smoothness:2:2:0:percent|" +
            "104:avg_right_pedal_smoothness:2:2:0:percent|105:avg_combined_pedal_smoothness:2:2:0:percent|" +
            "110:sport_profile_name:7:1:0:|111:sport_index:2:1:0:|112:time_standing:134:1000:0:s|" +
            "113:stand_count:132:1:0:|114:avg_left_pco:1:1:0:mm|115:avg_right_pco:1:1:0:mm|" +
            "116:avg_left_power_phase:2:0.7111111:0:degrees|117:avg_left_power_phase_peak:2:0.7111111:0:degrees|" +
            "118:avg_right_power_phase:2:0.7111111:0:degrees|119:avg_right_power_phase_peak:2:0.7111111:0:degrees|" +
            "120:avg_power_position:132:1:0:watts|121:max_power_position:132:1:0:watts|" +
            "122:avg_cadence_position:2:1:0:rpm|123:max_cadence_position:2:1:0:rpm|" +
            "124:enhanced_avg_speed:134:1000:0:m/s|125:enhanced_max_speed:134:1000:0:m/s|" +
            "126:enhanced_avg_altitude:134:5:500:m|127:enhanced_min_altitude:134:5:500:m|" +
            "128:enhanced_max_altitude:134:5:500:m|129:avg_lev_motor_power:132:1:0:watts|" +
            "130:max_lev_motor_power:132:1:0:watts|131:lev_battery_consumption:2:2:0:percent|" +
            "132:avg_vertical_ratio:132:100:0:percent|133:avg_stance_time_balance:132:100:0:percent|" +
            "134:avg_step_length:132:10:0:mm|137:total_anaerobic_training_effect:2:10:0:|" +
            "139:avg_vam:132:1000:0:m/s|140:avg_depth:134:1000:0:m|141:max_depth:134:1000:0:m|" +
            "142:surface_interval:134:1:0:s|143:start_cns:2:1:0:percent|144:end_cns:2:1:0:percent|" +
            "145:start_n2:132:1:0:percent|146:end_n2:132:1:0:percent|147:avg_respiration_rate:2:1:0:|" +
            "148:max_respiration_rate:2:1:0:|149:min_respiration_rate:2:1:0:|150:min_temperature:1:1:0:C|" +
            "155:o2_toxicity:132:1:0:OTUs|156:dive_number:134:1:0:|168:training_load_peak:133:65536:0:|" +
            "169:enhanced_avg_respiration_rate:132:100:0:Breaths/min|" +
            "170:enhanced_max_respiration_rate:132:100:0:Breaths/min|180:enhanced_min_respiration_rate:132:100:0:|" +
            "181:total_grit:136:1:0:kGrit|182:total_flow:136:1:0:Flow|183:jump_count:132:1:0:|" +
            "186:avg_grit:136:1:0:kGrit|187:avg_flow:136:1:0:Flow|192:workout_feel:2:1:0:|193:workout_rpe:2:1:0:|" +
            "194:avg_spo2:2:1:0:percent|195:avg_stress:2:1:0:percent|196:metabolic_calories:132:1:0:kcal|" +
            "197:sdrr_hrv:2:1:0:mS|198:rmssd_hrv:2:1:0:mS|199:total_fractional_ascent:2:100:0:m|" +
            "200:total_fractional_descent:2:100:0:m|208:avg_core_temperature:132:100:0:C|" +
            "209:min_core_temperature:132:100:0:C|210:max_core_temperature:132:100:0:C|"),
        // activity
        (34, "253:timestamp:134:1:0:|0:total_timer_time:134:1000:0:s|1:num_sessions:132:1:0:|2:type:0:1:0:|" +
            "3:event:0:1:0:|4:event_type:0:1:0:|5:local_timestamp:134:1:0:|6:event_group:2:1:0:|"),
        // sport
        (12, "0:sport:0:1:0:|1:sub_sport:0:1:0:|3:name:7:1:0:|"),
        // user_profile
        (3, "254:message_index:132:1:0:|0:friendly_name:7:1:0:|1:gender:0:1:0:|2:age:2:1:0:years|" +
            "3:height:2:100:0:m|4:weight:132:10:0:kg|5:language:0:1:0:|6:elev_setting:0:1:0:|" +
            "7:weight_setting:0:1:0:|8:resting_heart_rate:2:1:0:bpm|9:default_max_running_heart_rate:2:1:0:bpm|" +
            "10:default_max_biking_heart_rate:2:1:0:bpm|11:default_max_heart_rate:2:1:0:bpm|12:hr_setting:0:1:0:|" +
            "13:speed_setting:0:1:0:|14:dist_setting:0:1:0:|16:power_setting:0:1:0:|17:activity_class:0:1:0:|" +
            "18:position_setting:0:1:0:|21:temperature_setting:0:1:0:|22:local_id:132:1:0:|23:global_id:13:1:0:|" +
            "28:wake_time:134:1:0:|29:sleep_time:134:1:0:|30:height_setting:0:1:0:|" +
            "31:user_running_step_length:132:1000:0:m|32:user_walking_step_length:132:1000:0:m|" +
            "47:depth_setting:0:1:0:|49:dive_count:134:1:0:|"),
        // hrv
        (78, "0:time:132:1000:0:s|"),
        // length
        (101, "254:message_index:132:1:0:|253:timestamp:134:1:0:|0:event:0:1:0:|1:event_type:0:1:0:|" +
            "2:start_time:134:1:0:|3:total_elapsed_time:134:1000:0:s|4:total_timer_time:134:1000:0:s|" +
            "5:total_strokes:132:1:0:strokes|6:avg_speed:132:1000:0:m/s|7:swim_stroke:0:1:0:swim_stroke|" +
            "9:avg_swimming_cadence:2:1:0:strokes/min|10:event_group:2:1:0:|11:total_calories:132:1:0:kcal|" +
            "12:length_type:0:1:0:|18:player_score:132:1:0:|19:opponent_score:132:1:0:|" +
            "20:stroke_count:132:1:0:counts|21:zone_count:132:1:0:counts|" +
            "22:enhanced_avg_respiration_rate:132:100:0:Breaths/min|" +
            "23:enhanced_max_respiration_rate:132:100:0:Breaths/min|24:avg_respiration_rate:2:1:0:|" +
            "25:max_respiration_rate:2:1:0:|"),
        // timestamp_correlation
        (162, "253:timestamp:134:1:0:s|0:fractional_timestamp:132:32768:0:s|1:system_timestamp:134:1:0:s|" +
            "2:fractional_system_timestamp:132:32768:0:s|3:local_timestamp:134:1:0:s|4:timestamp_ms:132:1:0:ms|" +
            "5:system_timestamp_ms:132:1:0:ms|"),
        // developer_data_id
        (207, "0:developer_id:13:1:0:|1:application_id:13:1:0:|2:manufacturer_id:132:1:0:|" +
            "3:developer_data_index:2:1:0:|4:application_version:134:1:0:|"),
        // field_description
        (206, "0:developer_data_index:2:1:0:|1:field_definition_number:2:1:0:|2:fit_base_type_id:2:1:0:|" +
            "3:field_name:7:1:0:|4:array:2:1:0:|5:components:7:1:0:|6:scale:2:1:0:|7:offset:1:1:0:|8:units:7:1:0:|" +
            "9:bits:7:1:0:|10:accumulate:7:1:0:|13:fit_base_unit_id:132:1:0:|14:native_mesg_num:132:1:0:|" +
            "15:native_field_num:2:1:0:|"),
    ];
}
