<#-- A stand-in for the email theme's layout macro, which Keycloak's base theme provides in a server. -->
<#macro emailLayout>
<html lang="${locale.language}"><body><#nested></body></html>
</#macro>
